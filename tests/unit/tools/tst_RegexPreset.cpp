#include "RegexRunValues.h"
#include "tools/PythonRegexTranslator.h"
#include "tools/RegexPreset.h"
#include "tools/RegexRunner.h"

#include <QSet>
#include <QTest>

using soar::test::valuesOf;
using soar::tools::PythonRegexTranslator;
using soar::tools::RegexPreset;
using soar::tools::RegexRunner;

// Every product preset with text it must find (exactly those values) and text it must not.
class TestRegexPreset : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsComplete()
    {
        const QStringList expected {QStringLiteral("ip"), QStringLiteral("email"), QStringLiteral("url"),
            QStringLiteral("domain"), QStringLiteral("md5"), QStringLiteral("sha1"), QStringLiteral("sha256"),
            QStringLiteral("datetime"), QStringLiteral("attachment-filename"), QStringLiteral("card.mastercard"),
            QStringLiteral("card.visa-mastercard"), QStringLiteral("card.amex"), QStringLiteral("card.bcglobal"),
            QStringLiteral("card.carte-blanche"), QStringLiteral("card.diners-club"), QStringLiteral("card.discover"),
            QStringLiteral("card.insta-payment"), QStringLiteral("card.jcb"), QStringLiteral("card.korean-local"),
            QStringLiteral("card.laser"), QStringLiteral("card.maestro"), QStringLiteral("card.solo"),
            QStringLiteral("card.switch"), QStringLiteral("card.union-pay"), QStringLiteral("card.visa")};
        QStringList ids;
        for (const RegexPreset &p : RegexPreset::all()) {
            ids.append(p.id);
            QVERIFY2(QRegularExpression(p.pattern, p.options).isValid(),
                qPrintable(p.id + QStringLiteral(": ") + QRegularExpression(p.pattern, p.options).errorString()));
            QVERIFY(!p.pythonPattern.isEmpty());
            QVERIFY(!p.name.isEmpty());
        }
        QCOMPARE(ids, expected);
        QVERIFY(!RegexPreset::find(QStringLiteral("nope")));
        QCOMPARE(RegexPreset::find(QStringLiteral("card.jcb"))->name, QStringLiteral("JCB Card"));
    }

    // The PCRE2 text is the Python text after the mechanical translation: nothing else changed.
    void portMatchesPythonOriginal()
    {
        for (const RegexPreset &p : RegexPreset::all())
            QCOMPARE(PythonRegexTranslator::toPcre(p.pythonPattern), p.pattern);
        const RegexPreset domain = *RegexPreset::find(QStringLiteral("domain"));
        QVERIFY(domain.pythonPattern.contains(QStringLiteral("{,61}")));
        QVERIFY(!domain.pattern.contains(QStringLiteral("{,61}")));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *preset, const char *text, QStringList expected) {
            QTest::newRow(name) << QString::fromLatin1(preset) << QString::fromUtf8(text) << expected;
        };
        const QStringList none;
        row("ip", "ip", "from 10.0.0.1 via 192.168.1.254.", {QStringLiteral("10.0.0.1"), QStringLiteral("192.168.1.254")});
        row("ip loose octets (as in Python)", "ip", "999.1.2.3", {QStringLiteral("999.1.2.3")});
        row("ip none", "ip", "version 1.2.3 only", none);
        row("email", "email", "write to john.doe@example.com, or sales-team@corp.example.org",
            {QStringLiteral("john.doe@example.com"), QStringLiteral("sales-team@corp.example.org")});
        row("email unicode \\w as in Python", "email", "pöstmaster@bücher.example",
            {QStringLiteral("pöstmaster@bücher.example")});
        row("email none", "email", "no at sign here", none);
        row("url", "url", "see https://evil.example.com/login?x=1 and www.example.org/a.",
            {QStringLiteral("https://evil.example.com/login?x=1"), QStringLiteral("www.example.org/a")});
        row("url case-insensitive", "url", "HTTP://EXAMPLE.COM/X", {QStringLiteral("HTTP://EXAMPLE.COM/X")});
        row("url parentheses", "url", "(http://example.com/wiki/Foo_(bar))",
            {QStringLiteral("http://example.com/wiki/Foo_(bar)")});
        row("url none", "url", "mailto:someone and example.com", none);
        row("domain", "domain", "visit evil-site.example.com now", {QStringLiteral("evil-site.example.com")});
        row("domain {0,61} quantifier works", "domain", "abc-def-ghi.example.com", {QStringLiteral("abc-def-ghi.example.com")});
        row("domain none", "domain", "nothing-dotted here", none);
        row("md5", "md5", "md5 d41d8cd98f00b204e9800998ecf8427e.", {QStringLiteral("d41d8cd98f00b204e9800998ecf8427e")});
        row("md5 not inside sha1", "md5", "da39a3ee5e6b4b0d3255bfef95601890afd80709", none);
        row("md5 \\b is Unicode (é is a word char)", "md5", "éd41d8cd98f00b204e9800998ecf8427e", none);
        row("sha1", "sha1", "sha1: DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
            {QStringLiteral("DA39A3EE5E6B4B0D3255BFEF95601890AFD80709")});
        row("sha1 none", "sha1", "d41d8cd98f00b204e9800998ecf8427e", none);
        row("sha256", "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            {QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")});
        row("sha256 none", "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", none);
        row("datetime", "datetime", "Received 2021-01-28 11:21:04 UTC", {QStringLiteral("2021-01-28 11:21:04")});
        row("datetime Unicode digits as in Python", "datetime", "٢٠٢١-٠١-٢٨ ١١:٢١:٠٤",
            {QString::fromUtf8("٢٠٢١-٠١-٢٨ ١١:٢١:٠٤")});
        row("datetime none", "datetime", "2021/01/28 11:21", none);
        row("attachment filename reports group 1", "attachment-filename", "filename: invoice.pdf,, filename: a b.doc,,",
            {QStringLiteral("invoice.pdf"), QStringLiteral("a b.doc")});
        row("attachment filename none", "attachment-filename", "filename: invoice.pdf", none);
        row("mastercard", "card.mastercard", "5555555555554444 and 2221000000000009",
            {QStringLiteral("5555555555554444"), QStringLiteral("2221000000000009")});
        row("mastercard none", "card.mastercard", "5655555555554444", none);
        row("visa mastercard", "card.visa-mastercard", "4111111111111111 5105105105105100",
            {QStringLiteral("4111111111111111"), QStringLiteral("5105105105105100")});
        row("visa mastercard none", "card.visa-mastercard", "6011111111111117", none);
        row("amex", "card.amex", "378282246310005", {QStringLiteral("378282246310005")});
        row("amex none", "card.amex", "358282246310005", none);
        row("bcglobal whole match", "card.bcglobal", "6541123456789012", {QStringLiteral("6541123456789012")});
        row("bcglobal none", "card.bcglobal", "6542123456789012", none);
        row("carte blanche", "card.carte-blanche", "38912345678901", {QStringLiteral("38912345678901")});
        row("carte blanche none", "card.carte-blanche", "38812345678", none);
        row("diners", "card.diners-club", "30569309025904", {QStringLiteral("30569309025904")});
        row("diners none", "card.diners-club", "30669309025904", none);
        row("discover", "card.discover", "6011111111111117 6221261234567890",
            {QStringLiteral("6011111111111117"), QStringLiteral("6221261234567890")});
        row("discover none", "card.discover", "6012111111111117", none);
        row("insta payment", "card.insta-payment", "6371234567890123", {QStringLiteral("6371234567890123")});
        row("insta payment none", "card.insta-payment", "6361234567890123", none);
        row("jcb", "card.jcb", "3530111333300000 213112345678901",
            {QStringLiteral("3530111333300000"), QStringLiteral("213112345678901")});
        row("jcb none", "card.jcb", "3430111333300000", none);
        row("korean local", "card.korean-local", "9123456789012345", {QStringLiteral("9123456789012345")});
        row("korean local none", "card.korean-local", "912345678901234", none);
        row("laser", "card.laser", "6304123456789012", {QStringLiteral("6304123456789012")});
        row("laser none", "card.laser", "6305123456789012", none);
        row("maestro", "card.maestro", "6759649826438453", {QStringLiteral("6759649826438453")});
        row("maestro none", "card.maestro", "6760123456789", none);
        row("solo", "card.solo", "6334123456789012", {QStringLiteral("6334123456789012")});
        row("solo none", "card.solo", "6335123456789012", none);
        row("switch", "card.switch", "4903123456789012 5641821234567890",
            {QStringLiteral("4903123456789012"), QStringLiteral("5641821234567890")});
        row("switch none", "card.switch", "4904123456789012", none);
        row("union pay", "card.union-pay", "6212345678901265", {QStringLiteral("6212345678901265")});
        row("union pay none", "card.union-pay", "6312345678901265", none);
        row("visa", "card.visa", "4111111111111111 and 4222222222222",
            {QStringLiteral("4111111111111111"), QStringLiteral("4222222222222")});
        row("visa none", "card.visa", "5111111111111111", none);
    }

    void matches()
    {
        QFETCH(QString, preset);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto p = RegexPreset::find(preset);
        QVERIFY(p);
        const auto result = RegexRunner().runPreset(*p, text);
        QVERIFY(result.isComplete());
        QCOMPARE(valuesOf(result), expected);
        QCOMPARE(result.presetId, preset);
    }
};

QTEST_GUILESS_MAIN(TestRegexPreset)
#include "tst_RegexPreset.moc"
