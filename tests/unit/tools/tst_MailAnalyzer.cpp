#include "IocLookup.h"
#include "tools/MailAnalyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using soar::test::findIoc;
using soar::tools::Ioc;
using soar::tools::MailAnalysisInput;
using soar::tools::MailAnalysisReport;
using soar::tools::MailAnalyzer;

namespace {

QByteArray msgFile(const char *name)
{
    QFile file(QStringLiteral(SOAR_TEST_DATA_DIR "/msg/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return file.readAll();
}

} // namespace

class TestMailAnalyzer : public QObject {
    Q_OBJECT

private slots:
    void summarisesMsgWithAttachmentHashes()
    {
        const auto result = MailAnalyzer().analyzeMsg(msgFile("msgreader__attachmentFiles.msg"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const MailAnalysisReport &r = result.value();
        QCOMPARE(r.format, QStringLiteral("msg"));
        QCOMPARE(r.subject, QStringLiteral("attachmentFiles"));
        QCOMPARE(r.from.email, QStringLiteral("hmailuser@hmailserver.test"));
        QCOMPARE(r.to.size(), 1);
        QCOMPARE(r.attachments.size(), 3);
        QCOMPARE(r.attachments.at(1).fileName, QStringLiteral("png.png"));
        QCOMPARE(r.attachments.at(1).mimeType, QStringLiteral("image/png"));
        QCOMPARE(r.attachments.at(1).size, qint64(134));
        QCOMPARE(r.attachments.at(1).sha256.size(), 64);
        QCOMPARE(r.attachments.at(1).md5.size(), 32);

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("attachmentFiles"));
        QCOMPARE(json.value(QStringLiteral("attachments")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("messageClass")).toString(), QStringLiteral("IPM.Note"));
    }

    void nestedMessageIsAnalysed()
    {
        const auto result = MailAnalyzer().analyzeMsg(msgFile("msgreader__msgInMsg.msg"));
        QVERIFY(result.ok());
        const auto &inner = result.value().attachments.at(0).embeddedMessage;
        QVERIFY(inner);
        QCOMPARE(inner->subject, QString::fromUtf8("Microsoft Outlook テスト メッセージ"));
        QCOMPARE(inner->from.email, QStringLiteral("xmailuser@xmailserver.test"));
        const QJsonObject json = result.value().toJson();
        QCOMPARE(json.value(QStringLiteral("attachments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("embeddedMessage"))
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
            inner->subject);
    }

    void reportsIocsBySource()
    {
        MailAnalysisInput mail;
        mail.format = QStringLiteral("eml");
        mail.subject = QStringLiteral("Payment from evil.com");
        mail.headers = QStringLiteral("Received: from mx (203.0.113.9)\r\n");
        mail.textBody = QStringLiteral("Pay at hxxps://evil[.]com/pay");
        mail.htmlBody = QStringLiteral("<a href=\"https://evil.com/pay?a=1&amp;b=2\">pay</a>");
        const MailAnalysisReport r = MailAnalyzer().analyze(mail);
        const Ioc *domain = findIoc(r.iocs, Ioc::Kind::Domain, QStringLiteral("evil.com"));
        QVERIFY(domain);
        QCOMPARE(
            domain->sources, (QStringList {QStringLiteral("subject"), QStringLiteral("text body"), QStringLiteral("html body")}));
        QVERIFY(findIoc(r.iocs, Ioc::Kind::IPv4, QStringLiteral("203.0.113.9")));
        QVERIFY(findIoc(r.iocs, Ioc::Kind::Url, QStringLiteral("https://evil.com/pay?a=1&b=2")));
        QVERIFY(findIoc(r.iocs, Ioc::Kind::Url, QStringLiteral("https://evil.com/pay"))->defanged);
        QVERIFY(r.toJson().value(QStringLiteral("date")).isNull());
    }

    void iocsCanBeSwitchedOff()
    {
        MailAnalyzer::Options options;
        options.extractIocs = false;
        MailAnalysisInput mail;
        mail.textBody = QStringLiteral("evil.com");
        QCOMPARE(MailAnalyzer(options).analyze(mail).iocs.size(), 0);
    }

    void msgFileAttachedToEmlIsAnalysed()
    {
        MailAnalysisInput eml;
        eml.format = QStringLiteral("eml");
        eml.subject = QStringLiteral("Fw: suspicious");
        MailAnalysisInput::Attachment attached;
        attached.fileName = QStringLiteral("reported.msg");
        attached.mimeType = QStringLiteral("application/octet-stream");
        attached.data = msgFile("msgreader__test1.msg");
        eml.attachments.append(attached);
        const MailAnalysisReport r = MailAnalyzer().analyze(eml);
        QVERIFY(r.attachments.at(0).embeddedMessage);
        QCOMPARE(r.attachments.at(0).embeddedMessage->format, QStringLiteral("msg"));
        QCOMPARE(r.attachments.at(0).embeddedMessage->subject, QStringLiteral("title"));
        QCOMPARE(r.attachments.at(0).embeddedMessage->cc.at(0).email, QStringLiteral("cc@example.com"));

        MailAnalyzer::Options flat;
        flat.maxNestingDepth = 0;
        QVERIFY(!MailAnalyzer(flat).analyze(eml).attachments.at(0).embeddedMessage);
    }

    void badMsgIsAnError()
    {
        const auto result = MailAnalyzer().analyzeMsg(QByteArray("not a msg"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, soar::common::Error::Kind::Parse);
    }
};

QTEST_GUILESS_MAIN(TestMailAnalyzer)
#include "tst_MailAnalyzer.moc"
