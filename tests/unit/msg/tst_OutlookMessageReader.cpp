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
                QCOMPARE(OutlookRecipient::typeName(m.recipients.at(i).type), r.value(QStringLiteral("recipType")).toString());
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
                QCOMPARE(a.size(), qint64(f.value(QStringLiteral("contentLength")).toInt()));
            if (f.contains(QStringLiteral("attachMimeTag")))
                QCOMPARE(a.mimeTag, f.value(QStringLiteral("attachMimeTag")).toString());
            if (f.contains(QStringLiteral("attachmentHidden")))
                QCOMPARE(a.hidden, f.value(QStringLiteral("attachmentHidden")).toBool());
            QCOMPARE(a.isEmbeddedMessage(), f.value(QStringLiteral("innerMsgContent")).toBool());
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

    void readsAttachmentBytes()
    {
        const auto result = OutlookMessageReader().readFile(dataPath(QStringLiteral("msgreader__attachmentFiles.msg")));
        QVERIFY(result.ok());
        const OutlookAttachment &png = result.value().attachments.at(1);
        QVERIFY(png.data.startsWith(QByteArray::fromHex("89504E470D0A1A0A")));
        const OutlookAttachment &jpg = result.value().attachments.at(0);
        QVERIFY(jpg.data.startsWith(QByteArray::fromHex("FFD8")));
    }

    void recipientsOfType()
    {
        const auto result = OutlookMessageReader().readFile(dataPath(QStringLiteral("msgreader__test1.msg")));
        QVERIFY(result.ok());
        QCOMPARE(result.value().recipientsOfType(OutlookRecipient::Type::Cc).size(), 1);
        QCOMPARE(result.value().recipientsOfType(OutlookRecipient::Type::Bcc).size(), 0);
    }

    void embeddingDepthIsLimited()
    {
        OutlookMessageReader::Limits limits;
        limits.maxEmbeddingDepth = 0;
        const auto result = OutlookMessageReader(limits).readFile(dataPath(QStringLiteral("msgreader__msgInMsg.msg")));
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
