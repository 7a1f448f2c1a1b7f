#include "tools/HtmlToText.h"

#include <QTest>

using soar::tools::HtmlToText;

class TestHtmlToText : public QObject {
    Q_OBJECT

private slots:
    void converts_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("<p>Hello</p><p>World</p>") << QStringLiteral("Hello\n\nWorld");
        QTest::newRow("br") << QStringLiteral("a<br>b<BR/>c") << QStringLiteral("a\nb\nc");
        QTest::newRow("link keeps target") << QStringLiteral("<a href=\"https://evil.example/x?a=1&amp;b=2\">Your bank</a>")
                                           << QStringLiteral("Your bank <https://evil.example/x?a=1&b=2>");
        QTest::newRow("single-quoted link") << QStringLiteral("<A HREF='http://x.example'>x</A>")
                                            << QStringLiteral("x <http://x.example>");
        QTest::newRow("script and style dropped")
            << QStringLiteral("<style>p{color:red}</style><script>var a='<p>';</script>text") << QStringLiteral("text");
        QTest::newRow("comments dropped") << QStringLiteral("a<!-- hidden http://x.example -->b") << QStringLiteral("ab");
        QTest::newRow("entities") << QStringLiteral("&lt;tag&gt; &quot;q&quot; &#233;t&#xE9; &nbsp;x &bogus;")
                                  << QString::fromUtf8("<tag> \"q\" été x &bogus;");
        QTest::newRow("table cells") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr></table>") << QStringLiteral("a\tb");
    }

    void converts()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlToText::convert(html), text);
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_HtmlToText.moc"
