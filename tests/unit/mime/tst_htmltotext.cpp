#include "mime/HtmlToText.h"

#include <QTest>

using soar::mime::HtmlToText;

class TestHtmlToText : public QObject {
    Q_OBJECT
private slots:
    void convert_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain text") << QStringLiteral("hello") << QStringLiteral("hello");
        QTest::newRow("tags dropped") << QStringLiteral("<b>bold</b> and <i>italic</i>") << QStringLiteral("bold and italic");
        QTest::newRow("paragraphs") << QStringLiteral("<p>one</p><p>two</p>") << QStringLiteral("one\n\ntwo");
        QTest::newRow("line breaks") << QStringLiteral("a<br>b<BR/>c") << QStringLiteral("a\nb\nc");
        QTest::newRow("whitespace collapsed") << QStringLiteral("  a \n\t  b  ") << QStringLiteral("a b");
        QTest::newRow("script and style dropped")
            << QStringLiteral("<style>p{x:y}</style>x<script type=\"t\">var a = '<p>';</script>y") << QStringLiteral("xy");
        QTest::newRow("head dropped") << QStringLiteral("<html><head><title>t</title></head><body>b</body></html>")
                                      << QStringLiteral("b");
        QTest::newRow("comment dropped") << QStringLiteral("a<!-- <p>hidden</p> -->b") << QStringLiteral("ab");
        QTest::newRow("named entities") << QStringLiteral("&lt;a&gt; &amp; &quot;q&quot; &euro;&nbsp;1")
                                        << QStringLiteral("<a> & \"q\" € 1");
        QTest::newRow("numeric entities") << QStringLiteral("&#65;&#x42;&#X43;&#9731;") << QStringLiteral("ABC☃");
        QTest::newRow("unknown entity kept") << QStringLiteral("&bogus; & alone") << QStringLiteral("&bogus; & alone");
        QTest::newRow("invalid code point kept") << QStringLiteral("&#xD800;&#0;") << QStringLiteral("&#xD800;&#0;");
        QTest::newRow("link target kept") << QStringLiteral("<a href=\"https://evil.example/x?a=1&amp;b=2\">click</a>")
                                          << QStringLiteral("click <https://evil.example/x?a=1&b=2>");
        QTest::newRow("link equal to text") << QStringLiteral("<a href='https://a.example'>https://a.example</a>")
                                            << QStringLiteral("https://a.example");
        QTest::newRow("non-web link not shown") << QStringLiteral("<a href=\"#top\">top</a>") << QStringLiteral("top");
        QTest::newRow("image alt") << QStringLiteral("x<img src=\"cid:1\" alt=\"Logo\">y") << QStringLiteral("xLogoy");
        QTest::newRow("table cells") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
                                     << QStringLiteral("a b\nc");
        QTest::newRow("unterminated tag") << QStringLiteral("text <b") << QStringLiteral("text");
        QTest::newRow("stray less-than") << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
        QTest::newRow("empty") << QString() << QString();
    }

    void convert()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlToText::convert(html), text);
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
