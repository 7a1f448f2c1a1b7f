#include "IocLookup.h"
#include "tools/CardNumber.h"
#include "tools/IocExtractor.h"
#include "tools/PublicSuffixList.h"

#include <QJsonArray>
#include <QTest>

using soar::test::findIoc;
using soar::tools::CardNumber;
using soar::tools::Ioc;
using soar::tools::IocCollection;
using soar::tools::IocExtractor;
using soar::tools::PublicSuffixList;

Q_DECLARE_METATYPE(Ioc::Kind)

namespace {

QStringList normalizedOfKind(const IocCollection &found, Ioc::Kind kind)
{
    QStringList list;
    for (const Ioc &ioc : found.items()) {
        if (ioc.kind == kind)
            list.append(ioc.normalized);
    }
    return list;
}

} // namespace

class TestIocExtractor : public QObject {
    Q_OBJECT

private slots:
    void extractsKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ioc::Kind>("kind");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, Ioc::Kind kind, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << kind << expected;
        };
        using K = Ioc::Kind;
        row("ipv4 valid octets only", "hosts 10.1.2.3, 256.1.1.1 and 1.2.3.4.5 or v1.2.3.4", K::IPv4,
            {QStringLiteral("10.1.2.3")});
        row("ipv4 defanged", "c2 at 185.220.101[.]4 and 8(.)8(.)8(.)8", K::IPv4,
            {QStringLiteral("185.220.101.4"), QStringLiteral("8.8.8.8")});
        row("ipv6 compressed and full", "from 2001:DB8::1 and fe80:0:0:0:0:0:0:1 at 10:30:45", K::IPv6,
            {QStringLiteral("2001:db8::1"), QStringLiteral("fe80::1")});
        row("ipv6 not a MAC", "mac 00:1a:2b:3c:4d:5e", K::IPv6, {});
        row("url", "click https://login.example.com/reset?u=1.", K::Url, {QStringLiteral("https://login.example.com/reset?u=1")});
        row("url refanged", "hxxps://evil[.]example[.]com/pay and hxxp[:]//bad.example.net", K::Url,
            {QStringLiteral("https://evil.example.com/pay"), QStringLiteral("http://bad.example.net")});
        row("url idn host to punycode", "https://bücher.example/x", K::Url, {QStringLiteral("https://xn--bcher-kva.example/x")});
        row("url in parentheses", "(see http://example.com/a_(b))", K::Url, {QStringLiteral("http://example.com/a_(b)")});
        row("domain psl accepted", "evil.co.uk sent invoice.pdf and readme.txt", K::Domain, {QStringLiteral("evil.co.uk")});
        row("domain bare public suffix rejected", "hosted on co.uk and github.io", K::Domain, {});
        row("domain subdomain kept whole", "a.b.evil.co.uk", K::Domain, {QStringLiteral("a.b.evil.co.uk")});
        row("domain idn to punycode", "visit bücher.example.com", K::Domain, {QStringLiteral("xn--bcher-kva.example.com")});
        row("domain defanged", "evil[.]com and evil[dot]org", K::Domain,
            {QStringLiteral("evil.com"), QStringLiteral("evil.org")});
        row("domain not the local part of an address", "john.it@example.com", K::Domain, {QStringLiteral("example.com")});
        row("email", "From: Alice <alice@Example.COM>, bob.smith+tag@mail.example.org", K::Email,
            {QStringLiteral("alice@example.com"), QStringLiteral("bob.smith+tag@mail.example.org")});
        row("email defanged", "contact jane(at)evil.com or joe [at] evil [dot] net", K::Email,
            {QStringLiteral("jane@evil.com"), QStringLiteral("joe@evil.net")});
        row("email with file-like domain rejected", "logo@2x.png", K::Email, {});
        row("md5", "MD5: D41D8CD98F00B204E9800998ECF8427E", K::Md5, {QStringLiteral("d41d8cd98f00b204e9800998ecf8427e")});
        row("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", K::Sha1,
            {QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709")});
        row("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", K::Sha256,
            {QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")});
        row("hash too long is none", "d41d8cd98f00b204e9800998ecf8427e0", K::Md5, {});
        row("card luhn ok grouped", "card 4111 1111 1111 1111 exp 12/25 or 5555-5555-5555-4444", K::CardNumber,
            {QStringLiteral("4111111111111111"), QStringLiteral("5555555555554444")});
        row("card trailing number split off", "4111 1111 1111 1111 12 25", K::CardNumber, {QStringLiteral("4111111111111111")});
        row("card luhn fails", "4111 1111 1111 1112", K::CardNumber, {});
        row("card no brand", "0000000000000000", K::CardNumber, {});
    }

    void extractsKind()
    {
        QFETCH(QString, text);
        QFETCH(Ioc::Kind, kind);
        QFETCH(QStringList, expected);
        QCOMPARE(normalizedOfKind(IocExtractor().extract(text), kind), expected);
    }

    void keepsValueAsWrittenAndCounts()
    {
        const IocCollection found = IocExtractor().extract(
            QStringLiteral("hxxp://evil[.]com/a then http://evil.com/a and 4111-1111-1111-1111"), QStringLiteral("body"));
        const Ioc *url = findIoc(found, Ioc::Kind::Url, QStringLiteral("http://evil.com/a"));
        QVERIFY(url);
        QCOMPARE(url->value, QStringLiteral("hxxp://evil[.]com/a"));
        QCOMPARE(url->count, 2);
        QVERIFY(url->defanged);
        QCOMPARE(url->detail, QStringLiteral("evil.com"));
        QCOMPARE(url->sources, QStringList {QStringLiteral("body")});
        const Ioc *card = findIoc(found, Ioc::Kind::CardNumber, QStringLiteral("4111111111111111"));
        QVERIFY(card);
        QCOMPARE(card->detail, QStringLiteral("Visa Card"));
        QCOMPARE(card->value, QStringLiteral("4111-1111-1111-1111"));
        QVERIFY(!card->defanged);
    }

    void mergesSources()
    {
        IocExtractor extractor;
        IocCollection all = extractor.extract(QStringLiteral("evil.com"), QStringLiteral("subject"));
        all.merge(extractor.extract(QStringLiteral("EVIL.com"), QStringLiteral("body")));
        const Ioc *domain = findIoc(all, Ioc::Kind::Domain, QStringLiteral("evil.com"));
        QVERIFY(domain);
        QCOMPARE(domain->count, 2);
        QCOMPARE(domain->sources, (QStringList {QStringLiteral("subject"), QStringLiteral("body")}));
    }

    void allowListDropsOwnDomains()
    {
        IocExtractor::Options options;
        options.allowedDomains = {QStringLiteral("mycorp.com")};
        const IocExtractor extractor(options, PublicSuffixList::shared());
        const IocCollection found
            = extractor.extract(QStringLiteral("it@mycorp.com https://mail.mycorp.com/x evil.com notmycorp.com"));
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Email), QStringList {});
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Url), QStringList {});
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Domain),
            (QStringList {QStringLiteral("evil.com"), QStringLiteral("notmycorp.com")}));
    }

    void phishingHtmlBody()
    {
        const QString body
            = QStringLiteral("<p>Dear customer, your account is locked.</p>\n"
                             "<a href=\"hxxps://secure-login[.]paypa1[.]com/verify?id=42\">Verify now</a>\n"
                             "Reply to support(at)paypa1.com. Attachment: invoice.pdf (md5 44d88612fea8a8f36de82e1278abb02f)\n"
                             "Relay: 203.0.113[.]7");
        const IocCollection found = IocExtractor().extract(body, QStringLiteral("html"));
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Url),
            QStringList {QStringLiteral("https://secure-login.paypa1.com/verify?id=42")});
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Email), QStringList {QStringLiteral("support@paypa1.com")});
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Domain),
            (QStringList {QStringLiteral("secure-login.paypa1.com"), QStringLiteral("paypa1.com")}));
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::IPv4), QStringList {QStringLiteral("203.0.113.7")});
        QCOMPARE(normalizedOfKind(found, Ioc::Kind::Md5), QStringList {QStringLiteral("44d88612fea8a8f36de82e1278abb02f")});
    }

    void luhn_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("brand");
        QTest::newRow("visa") << QStringLiteral("4111111111111111") << true << QStringLiteral("Visa Card");
        QTest::newRow("amex") << QStringLiteral("378282246310005") << true << QStringLiteral("Amex Card");
        QTest::newRow("mastercard 2-series") << QStringLiteral("2221000000000009") << true << QStringLiteral("MasterCard");
        QTest::newRow("discover") << QStringLiteral("6011111111111117") << true << QStringLiteral("Discover Card");
        QTest::newRow("jcb") << QStringLiteral("3530111333300000") << true << QStringLiteral("JCB Card");
        QTest::newRow("diners") << QStringLiteral("30569309025904") << true << QStringLiteral("Diners Club Card");
        QTest::newRow("bad check digit") << QStringLiteral("4111111111111112") << false << QStringLiteral("Visa Card");
        QTest::newRow("too short") << QStringLiteral("42") << false << QString();
        QTest::newRow("not digits") << QStringLiteral("4111a11111111111") << false << QString();
    }

    void luhn()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QFETCH(QString, brand);
        QCOMPARE(CardNumber::passesLuhn(digits), valid);
        QCOMPARE(CardNumber::brand(digits), brand);
    }

    void exports()
    {
        const IocCollection found = IocExtractor().extract(QStringLiteral("=cmd|' /C calc'!A0 evil.com"), QStringLiteral("body"));
        const QJsonArray json = found.toJson();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("evil.com"));
    }

    void publicSuffixList()
    {
        const PublicSuffixList &psl = PublicSuffixList::shared();
        QVERIFY(psl.isKnownTopLevel(QStringLiteral("uk")));
        QVERIFY(psl.isKnownTopLevel(QStringLiteral("xn--p1ai")));
        QVERIFY(!psl.isKnownTopLevel(QStringLiteral("pdf")));
        QCOMPARE(psl.registrableDomain(QStringLiteral("a.b.evil.co.uk")), std::optional<QString>(QStringLiteral("evil.co.uk")));
        QVERIFY(!psl.registrableDomain(QStringLiteral("co.uk")));
        QVERIFY(!psl.isRegistrableHost(QStringLiteral("readme.txt")));
    }
};

QTEST_GUILESS_MAIN(TestIocExtractor)
#include "tst_IocExtractor.moc"
