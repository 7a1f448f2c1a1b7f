#include "IocLookup.h"
// "Analyze EML": a forwarded phish (message/rfc822) and a forwarded Outlook item (.msg) inside
// an EML are analysed like MSG files are.
#include "TestMail.h"
#include "tools/MimeMailAdapter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using soar::test::findIoc;
using soar::test::TestMail;
using soar::tools::Ioc;
using soar::tools::MimeMailAdapter;

class TestMimeMailAdapter : public QObject {
    Q_OBJECT
private slots:
    void analysesEnclosedMailsAndMsgAttachments()
    {
        const QByteArray phish = TestMail()
                                     .from(QStringLiteral("it-support@micros0ft-login.com"))
                                     .subject(QStringLiteral("Password expires today"))
                                     .body(QStringLiteral("Renew it at hxxps://micros0ft-login[.]com/reset now."))
                                     .raw();
        QFile msgFile(QStringLiteral(SOAR_TEST_DATA_DIR "/msg/msgreader__attachmentFiles.msg"));
        QVERIFY(msgFile.open(QIODevice::ReadOnly));
        const QByteArray msg = msgFile.readAll();
        const QByteArray report = TestMail()
                                      .from(QStringLiteral("employee@example.test"))
                                      .subject(QStringLiteral("FW: suspicious"))
                                      .body(QStringLiteral("Please check the attached mails."))
                                      .attach(QStringLiteral("phish.eml"), phish, "message/rfc822")
                                      .attach(QStringLiteral("outlook.msg"), msg, "application/vnd.ms-outlook")
                                      .raw();

        const auto result = MimeMailAdapter::analyzeEml(report);
        QCOMPARE(result.format, QStringLiteral("eml"));
        QCOMPARE(result.subject, QStringLiteral("FW: suspicious"));
        QCOMPARE(result.from.email, QStringLiteral("employee@example.test"));
        QCOMPARE(result.attachments.size(), 2);

        const auto &eml = result.attachments.at(0);
        QCOMPARE(eml.fileName, QStringLiteral("phish.eml"));
        QVERIFY(eml.embeddedMessage);
        QCOMPARE(eml.embeddedMessage->subject, QStringLiteral("Password expires today"));
        QVERIFY(findIoc(eml.embeddedMessage->iocs, Ioc::Kind::Url, QStringLiteral("https://micros0ft-login.com/reset")));

        const auto &outlook = result.attachments.at(1);
        QCOMPARE(outlook.sha256, QString::fromLatin1(QCryptographicHash::hash(msg, QCryptographicHash::Sha256).toHex()));
        QVERIFY(outlook.embeddedMessage);
        QCOMPARE(outlook.embeddedMessage->subject, QStringLiteral("attachmentFiles"));
        QCOMPARE(outlook.embeddedMessage->attachments.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMimeMailAdapter)
#include "tst_mimemailadapter.moc"
