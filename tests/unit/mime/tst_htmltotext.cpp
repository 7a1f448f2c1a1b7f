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
        QTest::newRow("list items and divs")
            << QStringLiteral("<ul><li>one</li><li>two</li></ul><div>three</div>") << QStringLiteral("one\ntwo\nthree");
        QTest::newRow("whitespace collapsed") << QStringLiteral("  a \n\t  b  ") << QStringLiteral("a b");
        QTest::newRow("script and style dropped")
            << QStringLiteral("<style>p{x:y}</style>x<script type=\"t\">var a = '<p>';</script>y") << QStringLiteral("xy");
        QTest::newRow("head dropped") << QStringLiteral("<html><head><title>t</title></head><body>b</body></html>")
                                      << QStringLiteral("b");
        QTest::newRow("comment dropped") << QStringLiteral("a<!-- <p>hidden</p> -->b") << QStringLiteral("ab");
        QTest::newRow("comment inside a word") << QStringLiteral("pay<!-- x -->pal") << QStringLiteral("paypal");
        QTest::newRow("hidden elements dropped")
            << QStringLiteral("<body>a<div style=\"color:red; display: none\">x</div><span hidden>y</span><p "
                              "style='visibility:hidden'>z</p>b</body>")
            << QStringLiteral("ab");
        QTest::newRow("named entities") << QStringLiteral("&lt;a&gt; &amp; &quot;q&quot; &euro;&nbsp;1")
                                        << QStringLiteral("<a> & \"q\" € 1");
        QTest::newRow("issue 20 example") << QStringLiteral("pay&shy;pal &ndash; &hellip;") << QStringLiteral("paypal – …");
        QTest::newRow("HTML5-only names") << QStringLiteral("pay&ZeroWidthSpace;pal&NewLine;&LT;x&GT; &bigstar; &NotEqualTilde;")
                                          << QStringLiteral("paypal <x> ★ \u2242\u0338");
        QTest::newRow("decoded once") << QStringLiteral("&amp;ZeroWidthSpace; &amp;lt;")
                                      << QStringLiteral("&ZeroWidthSpace; &lt;");
        QTest::newRow("numeric entities") << QStringLiteral("&#65;&#x42;&#X43;&#9731;") << QStringLiteral("ABC☃");
        QTest::newRow("invisible characters dropped")
            << QStringLiteral("p&#x200B;a\u200Cy\u200Dp&#8288;a\uFEFFl \u00ADx") << QStringLiteral("paypal x");
        QTest::newRow("unknown entity kept") << QStringLiteral("&bogus; & alone") << QStringLiteral("&bogus; & alone");
        QTest::newRow("link target kept") << QStringLiteral("<a href=\"https://evil.example/x?a=1&amp;b=2\">click</a>")
                                          << QStringLiteral("click <https://evil.example/x?a=1&b=2>");
        QTest::newRow("single-quoted link") << QStringLiteral("<A HREF='http://x.example'>x</A>")
                                            << QStringLiteral("x <http://x.example>");
        QTest::newRow("link equal to text") << QStringLiteral("<a href='https://a.example'>https://a.example</a>")
                                            << QStringLiteral("https://a.example");
        QTest::newRow("non-web link not shown") << QStringLiteral("<a href=\"#top\">top</a>") << QStringLiteral("top");
        QTest::newRow("image alt") << QStringLiteral("x<img src=\"cid:1\" alt=\"Logo\">y") << QStringLiteral("xLogoy");
        QTest::newRow("table cells") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
                                     << QStringLiteral("a b\nc");
        QTest::newRow("meta charset ignored")
            << QStringLiteral("<meta charset=\"iso-8859-1\"><p>Grüße – Köln</p>") << QStringLiteral("Grüße – Köln");
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

    // Hostile mail nests elements far deeper than any layout: the walk keeps no recursion.
    void deepNestingIsText()
    {
        const QString html
            = QStringLiteral("<div>").repeated(100000) + QStringLiteral("deep") + QStringLiteral("</div>").repeated(100000);
        QCOMPARE(HtmlToText::convert(html), QStringLiteral("deep"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
