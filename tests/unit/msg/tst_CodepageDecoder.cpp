#include "msg/CodepageDecoder.h"

#include <QTest>

using soar::msg::CodepageDecoder;

class TestCodepageDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("codepage");
        QTest::addColumn<QString>("text");
        QTest::newRow("iso-2022-jp (50220)") << QByteArray("\x1b$B%F%9%H\x1b(B") << 50220 << QString::fromUtf8("テスト");
        QTest::newRow("shift-jis (932)") << QByteArray("\x83\x65\x83\x58\x83\x67") << 932 << QString::fromUtf8("テスト");
        QTest::newRow("utf-8 (65001)") << QByteArray("caf\xc3\xa9") << 65001 << QString::fromUtf8("café");
        QTest::newRow("windows-1252 euro") << QByteArray("\x80 5") << 1252 << QString::fromUtf8("€ 5");
        QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << 20866 << QString::fromUtf8("Привет");
        QTest::newRow("iso-8859-2 (28592)") << QByteArray("\xb3\xf3\xbf") << 28592 << QString::fromUtf8("łóż");
        QTest::newRow("trailing NUL dropped") << QByteArray("body\r\n\0", 7) << 20127 << QStringLiteral("body\r\n");
        QTest::newRow("invalid ascii falls back to 1252") << QByteArray("\xe9t\xe9") << 20127 << QString::fromUtf8("été");
        QTest::newRow("unknown code page falls back") << QByteArray("abc") << 12345678 << QStringLiteral("abc");
        QTest::newRow("no code page") << QByteArray("abc") << 0 << QStringLiteral("abc");
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, codepage);
        QFETCH(QString, text);
        QCOMPARE(CodepageDecoder::decode(bytes, codepage), text);
    }

    void charsetNames()
    {
        QCOMPARE(CodepageDecoder::charsetName(50220), QByteArrayLiteral("ISO-2022-JP"));
        QCOMPARE(CodepageDecoder::charsetName(28605), QByteArrayLiteral("ISO-8859-15"));
        QCOMPARE(CodepageDecoder::charsetName(1251), QByteArrayLiteral("CP1251"));
        QCOMPARE(CodepageDecoder::charsetName(0), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCodepageDecoder)
#include "tst_CodepageDecoder.moc"
