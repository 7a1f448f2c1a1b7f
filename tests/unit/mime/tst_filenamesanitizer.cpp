#include "mime/FileNameSanitizer.h"

#include <QTest>

using soar::mime::FileNameSanitizer;

class TestFileNameSanitizer : public QObject {
    Q_OBJECT
private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("expected");
        const QString octets = QStringLiteral("application/octet-stream");
        QTest::newRow("ordinary") << QStringLiteral("report.pdf") << octets << QStringLiteral("report.pdf");
        QTest::newRow("unicode kept") << QStringLiteral("Grüße 日本.txt") << octets << QStringLiteral("Grüße 日本.txt");
        QTest::newRow("unix traversal") << QStringLiteral("../../etc/passwd") << octets << QStringLiteral("passwd");
        QTest::newRow("absolute path") << QStringLiteral("/etc/shadow") << octets << QStringLiteral("shadow");
        QTest::newRow("windows traversal") << QStringLiteral("..\\..\\Windows\\evil.exe") << octets << QStringLiteral("evil.exe");
        QTest::newRow("drive letter") << QStringLiteral("C:evil.exe") << octets << QStringLiteral("C_evil.exe");
        QTest::newRow("windows reserved characters")
            << QStringLiteral("a*b?c\"d<e>f|g.txt") << octets << QStringLiteral("a_b_c_d_e_f_g.txt");
        QTest::newRow("control characters") << QStringLiteral("a\u0001b\nc\u007f.txt") << octets << QStringLiteral("abc.txt");
        QTest::newRow("bidi override") << QStringLiteral("invoice\u202Efdp.exe") << octets << QStringLiteral("invoicefdp.exe");
        QTest::newRow("leading dots") << QStringLiteral(".bashrc") << octets << QStringLiteral("bashrc");
        QTest::newRow("trailing dots and blanks") << QStringLiteral(" name.txt. . ") << octets << QStringLiteral("name.txt");
        QTest::newRow("dot dot") << QStringLiteral("..") << octets << QStringLiteral("attachment-4.bin");
        QTest::newRow("trailing separator") << QStringLiteral("dir/") << octets << QStringLiteral("attachment-4.bin");
        QTest::newRow("empty octets") << QString() << octets << QStringLiteral("attachment-4.bin");
        QTest::newRow("empty mail") << QString() << QStringLiteral("message/rfc822") << QStringLiteral("attachment-4.eml");
        QTest::newRow("empty text") << QString() << QStringLiteral("text/plain") << QStringLiteral("attachment-4.txt");
        QTest::newRow("empty html") << QString() << QStringLiteral("text/html") << QStringLiteral("attachment-4.html");
        QTest::newRow("empty png") << QString() << QStringLiteral("image/png") << QStringLiteral("attachment-4.png");
        QTest::newRow("empty unknown type") << QString() << QStringLiteral("x-foo/bar") << QStringLiteral("attachment-4.bin");
        QTest::newRow("windows device") << QStringLiteral("NUL.txt") << octets << QStringLiteral("_NUL.txt");
        QTest::newRow("windows device bare") << QStringLiteral("com1") << octets << QStringLiteral("_com1");
        QTest::newRow("not a device") << QStringLiteral("console.log") << octets << QStringLiteral("console.log");
        QTest::newRow("too long keeps extension") << QString(300, QLatin1Char('x')) + QStringLiteral(".docx") << octets
                                                  << QString(195, QLatin1Char('x')) + QStringLiteral(".docx");
    }

    void sanitize()
    {
        QFETCH(QString, name);
        QFETCH(QString, contentType);
        QFETCH(QString, expected);
        const QString result = FileNameSanitizer::sanitize(name, 4, contentType);
        QCOMPARE(result, expected);
        QVERIFY(!result.contains(QLatin1Char('/')) && !result.contains(QLatin1Char('\\')));
        QVERIFY(result.size() <= FileNameSanitizer::kMaxLength);
    }
};

QTEST_GUILESS_MAIN(TestFileNameSanitizer)
#include "tst_filenamesanitizer.moc"
