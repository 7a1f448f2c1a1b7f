#include "MsgWriter.h"
#include "msg/MapiTags.h"
#include "msg/OutlookMessageReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using soar::msg::OutlookAttachment;
using soar::msg::OutlookMessage;
using soar::msg::OutlookMessageReader;
using soar::msg::OutlookRecipient;
using soar::test::MsgWriter;
namespace mapi = soar::msg::mapi;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(SOAR_TEST_DATA_DIR "/msg/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject loadExpectedFacts()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("expected.json"))).object();
}

// Points the FAT entry of the first directory sector at itself: a sector chain with a loop.
QByteArray withCyclicDirectoryChain(QByteArray bytes)
{
    const auto le32 = [&bytes](int offset) { return qFromLittleEndian<quint32>(bytes.constData() + offset); };
    const quint32 directorySector = le32(0x30);
    const quint32 firstFatSector = le32(0x4C);
    const int entryOffset = int((firstFatSector + 1) * 512 + directorySector * 4);
    qToLittleEndian<quint32>(directorySector, bytes.data() + entryOffset);
    return bytes;
}

// The recipient type as the reference reader (msgreader) names it in the facts files.
QString typeName(OutlookRecipient::Type type)
{
    switch (type) {
    case OutlookRecipient::Type::Originator:
        return QStringLiteral("originator");
    case OutlookRecipient::Type::To:
        return QStringLiteral("to");
    case OutlookRecipient::Type::Cc:
        return QStringLiteral("cc");
    case OutlookRecipient::Type::Bcc:
        return QStringLiteral("bcc");
    case OutlookRecipient::Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
} // namespace

// Checks every fact in tests/data/msg/expected.json, which the files' authors assert in their
// own test suite (HiraokaHyperTools/msgreader).
class TestOutlookMessageReader : public QObject {
    Q_OBJECT

    void compareMessage(const OutlookMessage &m, const QJsonObject &facts)
    {
        QCOMPARE(m.messageClass, facts.value(QStringLiteral("messageClass")).toString());
        QCOMPARE(m.subject, facts.value(QStringLiteral("subject")).toString());
        QCOMPARE(m.internetCodepage, facts.value(QStringLiteral("internetCodepage")).toInt());
        QVERIFY2(m.body.startsWith(facts.value(QStringLiteral("body_prefix")).toString()), qPrintable(m.body.left(120)));
        if (facts.contains(QStringLiteral("senderName")))
            QCOMPARE(m.senderName, facts.value(QStringLiteral("senderName")).toString());
        if (facts.contains(QStringLiteral("senderEmail")))
            QCOMPARE(m.senderEmail, facts.value(QStringLiteral("senderEmail")).toString());
        if (facts.contains(QStringLiteral("recipients"))) {
            const QJsonArray recipients = facts.value(QStringLiteral("recipients")).toArray();
            QCOMPARE(m.recipients.size(), recipients.size());
            for (int i = 0; i < recipients.size(); ++i) {
                const QJsonObject r = recipients.at(i).toObject();
                QCOMPARE(m.recipients.at(i).name, r.value(QStringLiteral("name")).toString());
                QCOMPARE(m.recipients.at(i).email, r.value(QStringLiteral("email")).toString());
                QCOMPARE(typeName(m.recipients.at(i).type), r.value(QStringLiteral("recipType")).toString());
            }
        }
        const QJsonArray attachments = facts.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(m.attachments.size(), attachments.size());
        for (int i = 0; i < attachments.size(); ++i) {
            const QJsonObject f = attachments.at(i).toObject();
            const OutlookAttachment &a = m.attachments.at(i);
            if (f.contains(QStringLiteral("fileName")))
                QCOMPARE(a.fileName(), f.value(QStringLiteral("fileName")).toString());
            if (f.contains(QStringLiteral("name")))
                QCOMPARE(a.displayName, f.value(QStringLiteral("name")).toString());
            if (f.contains(QStringLiteral("contentLength")))
                QCOMPARE(qint64(a.data.size()), qint64(f.value(QStringLiteral("contentLength")).toInt()));
            if (f.contains(QStringLiteral("attachMimeTag")))
                QCOMPARE(a.mimeTag, f.value(QStringLiteral("attachMimeTag")).toString());
            if (f.contains(QStringLiteral("attachmentHidden")))
                QCOMPARE(a.hidden, f.value(QStringLiteral("attachmentHidden")).toBool());
            QCOMPARE(a.embeddedMessage != nullptr, f.value(QStringLiteral("innerMsgContent")).toBool());
            if (f.contains(QStringLiteral("inner"))) {
                QVERIFY(a.embeddedMessage);
                compareMessage(*a.embeddedMessage, f.value(QStringLiteral("inner")).toObject());
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

private slots:
    void expectedFacts_data()
    {
        QTest::addColumn<QString>("file");
        const QJsonObject all = loadExpectedFacts();
        for (auto it = all.begin(); it != all.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void expectedFacts()
    {
        QFETCH(QString, file);
        const QJsonObject entry = loadExpectedFacts().value(file).toObject();
        const QByteArray bytes = readData(file);
        QCOMPARE(bytes.size(), entry.value(QStringLiteral("size")).toInt());
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
            entry.value(QStringLiteral("sha256")).toString().toLatin1());
        const auto result = OutlookMessageReader().read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        compareMessage(result.value(), entry.value(QStringLiteral("facts")).toObject());
    }

    // Outlook files without Unicode properties: 8-bit (001E) strings in the message's code page.
    void ansiStringsInTheirCodePage_data()
    {
        QTest::addColumn<int>("codepage");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("932 Japanese (Shift-JIS)")
            << 932 << QStringLiteral("日本語の請求書について") << QStringLiteral("山田 太郎")
            << QStringLiteral("添付の請求書をご確認ください。") << QStringLiteral("請求書_2026年3月.pdf");
        QTest::newRow("936 Simplified Chinese (GBK)") << 936 << QStringLiteral("关于发票的通知") << QStringLiteral("王伟")
                                                      << QStringLiteral("请查看附件中的发票。") << QStringLiteral("发票.pdf");
        QTest::newRow("949 Korean") << 949 << QStringLiteral("송장 확인 요청") << QStringLiteral("김민준")
                                    << QStringLiteral("첨부된 송장을 확인해 주세요.") << QStringLiteral("송장.pdf");
        QTest::newRow("950 Traditional Chinese (Big5)") << 950 << QStringLiteral("關於發票的通知") << QStringLiteral("陳大文")
                                                        << QStringLiteral("請查看附件中的發票。") << QStringLiteral("發票.pdf");
        QTest::newRow("1251 Cyrillic") << 1251 << QStringLiteral("Счёт на оплату №17") << QStringLiteral("Иван Петров")
                                       << QStringLiteral("Просьба оплатить счёт сегодня.") << QStringLiteral("Счёт.pdf");
        QTest::newRow("1253 Greek") << 1253 << QStringLiteral("Τιμολόγιο πληρωμής") << QStringLiteral("Γιώργος Παπαδόπουλος")
                                    << QStringLiteral("Παρακαλώ πληρώστε σήμερα.") << QStringLiteral("Τιμολόγιο.pdf");
    }

    void ansiStringsInTheirCodePage()
    {
        QFETCH(int, codepage);
        QFETCH(QString, subject);
        QFETCH(QString, person);
        QFETCH(QString, body);
        QFETCH(QString, fileName);
        // PR_MESSAGE_CODEPAGE names the code page; PR_INTERNET_CPID (the sent charset) differs.
        MsgWriter msg(codepage);
        msg.setInt(mapi::MessageCodepage, codepage)
            .setInt(mapi::InternetCodepage, 65001)
            .setString(mapi::Subject, subject)
            .setString(mapi::SenderName, person)
            .setString(mapi::SenderEmailAddress, QStringLiteral("sender@example.test"))
            .setString(mapi::Body, body)
            .addRecipient({person, QStringLiteral("to@example.test"), 1})
            .addAttachment(fileName, QStringLiteral("application/pdf"), QByteArray("%PDF-1.4"));
        const auto read = OutlookMessageReader().read(msg.bytes());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const OutlookMessage &m = read.value();
        QCOMPARE(m.messageCodepage, codepage);
        QCOMPARE(m.subject, subject);
        QCOMPARE(m.senderName, person);
        QCOMPARE(m.body, body);
        QCOMPARE(m.recipients.size(), 1);
        QCOMPARE(m.recipients.at(0).name, person);
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.at(0).longFileName, fileName);
        QCOMPARE(m.attachments.at(0).data, QByteArray("%PDF-1.4"));

        // Without PR_MESSAGE_CODEPAGE the Internet code page decides.
        MsgWriter internetOnly(codepage);
        internetOnly.setInt(mapi::InternetCodepage, codepage).setString(mapi::Subject, subject);
        const auto second = OutlookMessageReader().read(internetOnly.bytes());
        QVERIFY(second.ok());
        QCOMPARE(second.value().subject, subject);
    }

    // An ANSI file that names no code page: the charset of the kept Internet headers decides,
    // so a Shift-JIS subject is not shown as "“ú–{Œê" (its bytes read as Western).
    void codePageFromTheKeptHeaders_data()
    {
        QTest::addColumn<int>("codepage");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("subject");
        QTest::newRow("shift_jis") << 932 << QStringLiteral("\"Shift_JIS\"") << QStringLiteral("日本語のお知らせ");
        QTest::newRow("ks_c_5601-1987") << 949 << QStringLiteral("ks_c_5601-1987") << QStringLiteral("송장 확인 요청");
        QTest::newRow("windows-1253") << 1253 << QStringLiteral("windows-1253") << QStringLiteral("Τιμολόγιο");
        QTest::newRow("none: Western") << 1252 << QString() << QStringLiteral("Café crème");
    }

    void codePageFromTheKeptHeaders()
    {
        QFETCH(int, codepage);
        QFETCH(QString, charset);
        QFETCH(QString, subject);
        MsgWriter msg(codepage);
        msg.setString(mapi::Subject, subject)
            .setString(mapi::TransportMessageHeaders,
                QStringLiteral("Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain;%1\r\n")
                    .arg(charset.isEmpty() ? QString() : QStringLiteral(" charset=") + charset));
        const auto read = OutlookMessageReader().read(msg.bytes());
        QVERIFY(read.ok());
        QCOMPARE(read.value().subject, subject);
    }

    // A Cyrillic message forwarding a Japanese one: each decodes with its own code page, and an
    // attached item without a code page of its own takes its parent's.
    void embeddedMessagesUseTheirOwnCodePage()
    {
        MsgWriter japanese(932);
        japanese.setInt(mapi::MessageCodepage, 932)
            .setString(mapi::Subject, QStringLiteral("日本語のお知らせ"))
            .setString(mapi::SenderName, QStringLiteral("山田 太郎"))
            .addAttachment(QStringLiteral("資料.docx"), QStringLiteral("application/octet-stream"), QByteArray("doc"));
        MsgWriter inheriting(1251);
        inheriting.setString(mapi::Subject, QStringLiteral("Вложенное письмо"));
        MsgWriter outer(1251);
        outer.setInt(mapi::MessageCodepage, 1251)
            .setString(mapi::Subject, QStringLiteral("Пересылка: два письма"))
            .addEmbeddedMessage(QStringLiteral("Письмо из Токио"), japanese)
            .addEmbeddedMessage(QStringLiteral("Вложенное письмо"), inheriting);
        const auto read = OutlookMessageReader().read(outer.bytes());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const OutlookMessage &m = read.value();
        QCOMPARE(m.subject, QStringLiteral("Пересылка: два письма"));
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments.at(0).displayName, QStringLiteral("Письмо из Токио"));
        QVERIFY(m.attachments.at(0).embeddedMessage);
        const OutlookMessage &inner = *m.attachments.at(0).embeddedMessage;
        QCOMPARE(inner.subject, QStringLiteral("日本語のお知らせ"));
        QCOMPARE(inner.senderName, QStringLiteral("山田 太郎"));
        QCOMPARE(inner.attachments.size(), 1);
        QCOMPARE(inner.attachments.at(0).longFileName, QStringLiteral("資料.docx"));
        QVERIFY(m.attachments.at(1).embeddedMessage);
        QCOMPARE(m.attachments.at(1).displayName, QStringLiteral("Вложенное письмо"));
        QCOMPARE(m.attachments.at(1).embeddedMessage->subject, QStringLiteral("Вложенное письмо"));
    }

    void readsAttachmentBytes()
    {
        const auto result = OutlookMessageReader().read(readData(QStringLiteral("msgreader__attachmentFiles.msg")));
        QVERIFY(result.ok());
        const OutlookAttachment &png = result.value().attachments.at(1);
        QVERIFY(png.data.startsWith(QByteArray::fromHex("89504E470D0A1A0A")));
        const OutlookAttachment &jpg = result.value().attachments.at(0);
        QVERIFY(jpg.data.startsWith(QByteArray::fromHex("FFD8")));
    }

    void embeddingDepthIsLimited()
    {
        OutlookMessageReader::Limits limits;
        limits.maxEmbeddingDepth = 0;
        const auto result = OutlookMessageReader(limits).read(readData(QStringLiteral("msgreader__msgInMsg.msg")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, soar::common::Error::Kind::Parse);
        QVERIFY(result.error().message.contains(QStringLiteral("levels deep")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        const QByteArray valid = readData(QStringLiteral("msgreader__attachmentFiles.msg"));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an Outlook .msg file");
        QTest::newRow("eml") << QByteArray("From: a@b.test\r\nSubject: x\r\n\r\nbody")
                             << QStringLiteral("not an Outlook .msg file");
        QTest::newRow("signature only") << valid.left(8) << QStringLiteral("damaged");
        QTest::newRow("header only") << valid.left(512) << QStringLiteral("damaged");
        QTest::newRow("half") << valid.left(valid.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("last sector missing") << valid.left(valid.size() - 512) << QStringLiteral("truncated");
        QByteArray badShift = valid;
        badShift[30] = char(40); // sector shift 2^40
        QTest::newRow("bad sector shift") << badShift << QStringLiteral("damaged");
        QTest::newRow("cyclic directory chain")
            << withCyclicDirectoryChain(valid) << QStringLiteral("no __properties_version1.0");
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        const auto result = OutlookMessageReader().read(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, soar::common::Error::Kind::Parse);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestOutlookMessageReader)
#include "tst_OutlookMessageReader.moc"
