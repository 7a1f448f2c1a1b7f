#include "msg/CompressedRtf.h"
#include "msg/OutlookMessageReader.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using soar::msg::CompressedRtf;
using soar::msg::OutlookMessageReader;

namespace {

QByteArray header(quint32 compressedSize, quint32 rawSize, const char *magic)
{
    QByteArray h(16, '\0');
    qToLittleEndian<quint32>(compressedSize, h.data());
    qToLittleEndian<quint32>(rawSize, h.data() + 4);
    memcpy(h.data() + 8, magic, 4);
    return h;
}

} // namespace

namespace {
QByteArray testFile(const QString &name)
{
    QFile file(QStringLiteral(SOAR_TEST_DATA_DIR "/msg/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}
} // namespace

class TestCompressedRtf : public QObject {
    Q_OBJECT

private slots:
    void literalsAndBackReference()
    {
        // Control byte 0b0000'0100: two literals, then a reference into the preloaded dictionary
        // (offset 0 = "{\rtf1", length 6 -> nibble 4), then the end marker at write position 209.
        QByteArray body;
        body.append(char(0x04 | 0x08)).append("ab");
        body.append(char(0x00)).append(char(0x04));
        const int endPos = 207 + 2 + 6;
        body.append(char(endPos >> 4)).append(char((endPos & 0x0F) << 4));
        const QByteArray stream = header(quint32(12 + body.size()), 8, "LZFu") + body;
        const auto result = CompressedRtf::decompress(stream);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value(), QByteArray("ab{\\rtf1"));
    }

    void uncompressedForm()
    {
        const auto result = CompressedRtf::decompress(header(12 + 5, 5, "MELA") + QByteArray("{\\rtf"));
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QByteArray("{\\rtf"));
    }

    void rejectsDamage_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("short") << QByteArray("LZFu");
        QTest::newRow("unknown type") << header(12, 0, "ABCD");
        QTest::newRow("absurd size") << header(12, 0x7FFFFFFF, "LZFu");
        QTest::newRow("cut reference") << header(14, 10, "LZFu") + QByteArray("\x01\x00", 2);
    }

    void rejectsDamage()
    {
        QFETCH(QByteArray, stream);
        const auto result = CompressedRtf::decompress(stream);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("RTF body is damaged")));
    }

    void sampleMessagesHaveRtf()
    {
        const auto result = OutlookMessageReader().read(testFile(QStringLiteral("msgreader__test1.msg")));
        QVERIFY(result.ok());
        QVERIFY2(result.value().rtfBody.startsWith("{\\rtf1"), result.value().rtfBody.left(40).constData());
        QVERIFY(result.value().rtfBody.contains("body"));
    }
};

QTEST_GUILESS_MAIN(TestCompressedRtf)
#include "tst_CompressedRtf.moc"
