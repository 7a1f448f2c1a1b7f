#include "rules/ClientMatcher.h"
#include "rules/TextFolding.h"

#include <QTest>

using soar::rules::Checkpoint;
using soar::rules::ClientMatcher;
using soar::rules::FetchPlan;
using soar::rules::FetchType;
using soar::rules::FetchWindow;
using soar::rules::FilterSpec;
using soar::rules::MailFacts;
using soar::rules::TextFolding;
using Verdict = ClientMatcher::Verdict;

using Settings = QMap<QString, QString>;
Q_DECLARE_METATYPE(Settings)
Q_DECLARE_METATYPE(FetchWindow)
Q_DECLARE_METATYPE(MailFacts)
Q_DECLARE_METATYPE(Verdict)

namespace {

// Builds the facts of one test mail: unseen, UID 100, body fetched and empty unless told.
class Mail {
public:
    Mail() { m_facts.textParts = QStringList {}, m_facts.uid = 100; }
    Mail &from(const QString &a) { return m_facts.from.append(a), *this; }
    Mail &to(const QString &a) { return m_facts.to.append(a), *this; }
    Mail &cc(const QString &a) { return m_facts.cc.append(a), *this; }
    Mail &subject(const QString &s) { return m_facts.subject = s, *this; }
    Mail &header(const QString &name, const QString &value) { return m_facts.headers.append({name, value}), *this; }
    Mail &text(const QString &t) { return m_facts.textParts->append(t), *this; }
    Mail &bodyNotFetched() { return m_facts.textParts.reset(), *this; }
    Mail &attachment(const QString &name) { return m_facts.attachmentNames.append(name), *this; }
    Mail &seen() { return m_facts.seen = true, *this; }
    Mail &uid(quint32 uid) { return m_facts.uid = uid, *this; }
    operator MailFacts() const { return m_facts; }

private:
    MailFacts m_facts;
};

FilterSpec parsed(const Settings &settings)
{
    auto spec = FilterSpec::fromSettings(settings);
    if (!spec.ok())
        qFatal("bad test settings: %s", qPrintable(spec.error().message));
    return spec.value();
}

const FetchWindow unseen = FetchWindow::unseen();

} // namespace

class TestClientMatcher : public QObject {
    Q_OBJECT
private slots:
    void evaluates_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<FetchWindow>("window");
        QTest::addColumn<MailFacts>("mail");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("reason");

        const Settings fromDomain {{"from", "sumologic.com"}};
        const QString noSumo = "From matches none of: sumologic.com";
        const Settings fromAddress {{"from", "sales@sumologic.com"}};
        const QString noSales = "From matches none of: sales@sumologic.com";

        // From: domain and subdomains, never look-alikes.
        QTest::newRow("domain") << fromDomain << unseen << MailFacts(Mail().from("a@sumologic.com")) << Verdict::Accept << "";
        QTest::newRow("subdomain") << fromDomain << unseen << MailFacts(Mail().from("a@eu.sumologic.com")) << Verdict::Accept
                                   << "";
        QTest::newRow("deeper subdomain") << fromDomain << unseen << MailFacts(Mail().from("a@x.eu.sumologic.com"))
                                          << Verdict::Accept << "";
        QTest::newRow("look-alike prefix") << fromDomain << unseen << MailFacts(Mail().from("a@notsumologic.com"))
                                           << Verdict::Reject << noSumo;
        QTest::newRow("look-alike suffix") << fromDomain << unseen << MailFacts(Mail().from("a@sumologic.com.evil.io"))
                                           << Verdict::Reject << noSumo;
        QTest::newRow("domain only in the local part")
            << fromDomain << unseen << MailFacts(Mail().from("sumologic.com@evil.io")) << Verdict::Reject << noSumo;
        QTest::newRow("domain case-insensitive")
            << fromDomain << unseen << MailFacts(Mail().from("A@SumoLogic.COM")) << Verdict::Accept << "";
        QTest::newRow("trailing root dot") << fromDomain << unseen << MailFacts(Mail().from("a@sumologic.com."))
                                           << Verdict::Accept << "";
        QTest::newRow("angle brackets in facts")
            << fromDomain << unseen << MailFacts(Mail().from("<a@sumologic.com>")) << Verdict::Accept << "";
        QTest::newRow("no from") << fromDomain << unseen << MailFacts(Mail()) << Verdict::Reject << noSumo;
        QTest::newRow("idn domain matches punycode") << Settings {{"from", "münchen.de"}} << unseen
                                                     << MailFacts(Mail().from("info@xn--mnchen-3ya.de")) << Verdict::Accept << "";
        QTest::newRow("punycode value matches idn") << Settings {{"from", "xn--mnchen-3ya.de"}} << unseen
                                                    << MailFacts(Mail().from("info@MÜNCHEN.de")) << Verdict::Accept << "";

        // From: exact address.
        QTest::newRow("address") << fromAddress << unseen << MailFacts(Mail().from("sales@sumologic.com")) << Verdict::Accept
                                 << "";
        QTest::newRow("address case-insensitive")
            << fromAddress << unseen << MailFacts(Mail().from("SALES@SumoLogic.com")) << Verdict::Accept << "";
        QTest::newRow("address other local part")
            << fromAddress << unseen << MailFacts(Mail().from("bob@sumologic.com")) << Verdict::Reject << noSales;
        QTest::newRow("address longer local part")
            << fromAddress << unseen << MailFacts(Mail().from("xsales@sumologic.com")) << Verdict::Reject << noSales;
        QTest::newRow("address is not a domain")
            << fromAddress << unseen << MailFacts(Mail().from("sales@eu.sumologic.com")) << Verdict::Reject << noSales;
        QTest::newRow("values ORed") << Settings {{"from", "a.com, b@c.com"}} << unseen << MailFacts(Mail().from("b@c.com"))
                                     << Verdict::Accept << "";
        QTest::newRow("long list in the reason")
            << Settings {{"from", "a.com,b.com,c.com,d.com,e.com,f.com,g.com"}} << unseen << MailFacts(Mail().from("x@y.org"))
            << Verdict::Reject << "From matches none of: a.com, b.com, c.com, d.com, e.com and 2 more";
        QTest::newRow("any of several senders")
            << fromDomain << unseen << MailFacts(Mail().from("x@y.org").from("a@eu.sumologic.com")) << Verdict::Accept << "";

        // To covers Cc.
        const Settings toDomain {{"to", "soc.example"}};
        QTest::newRow("to") << toDomain << unseen << MailFacts(Mail().to("a@soc.example")) << Verdict::Accept << "";
        QTest::newRow("to via cc") << toDomain << unseen << MailFacts(Mail().to("x@y.org").cc("b@eu.soc.example"))
                                   << Verdict::Accept << "";
        QTest::newRow("to not in from") << toDomain << unseen << MailFacts(Mail().from("a@soc.example").to("x@y.org"))
                                        << Verdict::Reject << "To matches none of: soc.example";
        QTest::newRow("undisclosed recipients") << toDomain << unseen << MailFacts(Mail().to("undisclosed-recipients"))
                                                << Verdict::Reject << "To matches none of: soc.example";

        // Subject: case-insensitive substring of the decoded subject, beyond ASCII.
        QTest::newRow("subject substring") << Settings {{"subject", "invoice"}} << unseen
                                           << MailFacts(Mail().subject("Your INVOICE #42")) << Verdict::Accept << "";
        QTest::newRow("subject decoded umlaut") << Settings {{"subject", "überweisung"}} << unseen
                                                << MailFacts(Mail().subject("Dringende ÜBERWEISUNG")) << Verdict::Accept << "";
        QTest::newRow("subject decomposed") << Settings {{"subject", "Überweisung"}} << unseen
                                            << MailFacts(Mail().subject("U\u0308berweisung")) << Verdict::Accept << "";
        QTest::newRow("german sharp s") << Settings {{"subject", "STRASSE"}} << unseen
                                        << MailFacts(Mail().subject("Straße gesperrt")) << Verdict::Accept << "";
        QTest::newRow("german capital sharp s")
            << Settings {{"subject", "STRAẞE"}} << unseen << MailFacts(Mail().subject("strasse")) << Verdict::Accept << "";
        QTest::newRow("turkish dotted capital i") << Settings {{"subject", "istanbul"}} << unseen
                                                  << MailFacts(Mail().subject("İSTANBUL toplantısı")) << Verdict::Accept << "";
        QTest::newRow("turkish dotless i") << Settings {{"subject", "ılık"}} << unseen << MailFacts(Mail().subject("ILIK SU"))
                                           << Verdict::Accept << "";
        QTest::newRow("greek final sigma") << Settings {{"subject", "λόγος"}} << unseen << MailFacts(Mail().subject("ΛΌΓΟΣ"))
                                           << Verdict::Accept << "";
        QTest::newRow("subject no match") << Settings {{"subject", "invoice"}} << unseen << MailFacts(Mail().subject("Lunch?"))
                                          << Verdict::Reject << "Subject matches none of: invoice";
        QTest::newRow("subject quoted comma") << Settings {{"subject", "\"Re: a, b\""}} << unseen
                                              << MailFacts(Mail().subject("RE: A, B and c")) << Verdict::Accept << "";
        QTest::newRow("subject quoted comma is one value")
            << Settings {{"subject", "\"Re: a, b\""}} << unseen << MailFacts(Mail().subject("Re: a")) << Verdict::Reject
            << "Subject matches none of: Re: a, b";

        // Text Body: text parts or attachment names; the body is needed only when names don't decide.
        const Settings body {{"textBody", "invoice"}};
        QTest::newRow("text part") << body << unseen << MailFacts(Mail().text("Please pay the Invoice.")) << Verdict::Accept
                                   << "";
        QTest::newRow("html as text part") << body << unseen << MailFacts(Mail().text("hello").text("see INVOICE below"))
                                           << Verdict::Accept << "";
        QTest::newRow("attachment name settles without body")
            << body << unseen << MailFacts(Mail().bodyNotFetched().attachment("INVOICE-42.pdf")) << Verdict::Accept << "";
        QTest::newRow("body needed") << body << unseen << MailFacts(Mail().bodyNotFetched().attachment("cat.jpg"))
                                     << Verdict::NeedsBody << "";
        QTest::newRow("body fetched, no match") << body << unseen << MailFacts(Mail().text("hello").attachment("cat.jpg"))
                                                << Verdict::Reject << "Text Body matches none of: invoice";
        QTest::newRow("non-ascii body") << Settings {{"textBody", "zahlung"}} << unseen
                                        << MailFacts(Mail().text("Bitte die ZAHLUNG prüfen")) << Verdict::Accept << "";

        // Header: any occurrence of the chosen field, name case-insensitive.
        const Settings mailer {{"header", "outlook"}, {"headerField", "x-mailer"}};
        QTest::newRow("header") << mailer << unseen << MailFacts(Mail().header("X-Mailer", "Microsoft Outlook 16"))
                                << Verdict::Accept << "";
        QTest::newRow("header second occurrence")
            << Settings {{"header", "mx.evil.io"}, {"headerField", "Received"}} << unseen
            << MailFacts(Mail().header("Received", "from a.example").header("Received", "from MX.EVIL.IO by b"))
            << Verdict::Accept << "";
        QTest::newRow("header value differs") << mailer << unseen << MailFacts(Mail().header("X-Mailer", "Thunderbird"))
                                              << Verdict::Reject << "Header matches none of: outlook";
        QTest::newRow("header absent") << mailer << unseen << MailFacts(Mail().subject("outlook")) << Verdict::Reject
                                       << "Header matches none of: outlook";
        QTest::newRow("value in another field") << mailer << unseen << MailFacts(Mail().header("User-Agent", "Outlook"))
                                                << Verdict::Reject << "Header matches none of: outlook";

        // NOT filters drop a mail when any value matches.
        QTest::newRow("not from subdomain") << Settings {{"notFrom", "x.com, sumologic.com"}} << unseen
                                            << MailFacts(Mail().from("a@eu.sumologic.com")) << Verdict::Reject
                                            << "Not From matched 'sumologic.com'";
        QTest::newRow("not from keeps look-alike") << Settings {{"notFrom", "sumologic.com"}} << unseen
                                                   << MailFacts(Mail().from("a@notsumologic.com")) << Verdict::Accept << "";
        QTest::newRow("not to covers cc") << Settings {{"notTo", "a@x.com"}} << unseen
                                          << MailFacts(Mail().to("b@x.com").cc("A@X.com")) << Verdict::Reject
                                          << "Not To matched 'a@x.com'";
        QTest::newRow("not subject") << Settings {{"notSubject", "newsletter, digest"}} << unseen
                                     << MailFacts(Mail().subject("Weekly DIGEST")) << Verdict::Reject
                                     << "Not Subject matched 'digest'";
        QTest::newRow("not subject no match")
            << Settings {{"notSubject", "newsletter"}} << unseen << MailFacts(Mail().subject("Alert")) << Verdict::Accept << "";
        QTest::newRow("not text body by attachment name")
            << Settings {{"notTextBody", "unsubscribe,.ics"}} << unseen
            << MailFacts(Mail().bodyNotFetched().attachment("invite.ICS")) << Verdict::Reject << "Not Text Body matched '.ics'";
        QTest::newRow("not text body needs the body") << Settings {{"notTextBody", "unsubscribe"}} << unseen
                                                      << MailFacts(Mail().bodyNotFetched()) << Verdict::NeedsBody << "";
        QTest::newRow("not text body, body clean") << Settings {{"notTextBody", "unsubscribe"}} << unseen
                                                   << MailFacts(Mail().text("phish here")) << Verdict::Accept << "";
        QTest::newRow("not text body in a header only")
            << Settings {{"notTextBody", "unsubscribe"}} << unseen
            << MailFacts(Mail().header("List-Unsubscribe", "<mailto:unsubscribe@x>").text("hi")) << Verdict::Accept << "";
        QTest::newRow("not header any occurrence") << Settings {{"notHeader", "yes"}, {"notHeaderField", "X-Spam-Flag"}} << unseen
                                                   << MailFacts(Mail().header("X-Spam-Flag", "NO").header("x-spam-flag", "YES"))
                                                   << Verdict::Reject << "Not Header matched 'yes'";

        // Everything ANDed.
        const Settings combined {{"from", "sumologic.com"}, {"subject", "alert"}, {"notSubject", "test"}};
        QTest::newRow("and: all pass") << combined << unseen
                                       << MailFacts(Mail().from("a@eu.sumologic.com").subject("ALERT: phishing"))
                                       << Verdict::Accept << "";
        QTest::newRow("and: subject fails") << combined << unseen << MailFacts(Mail().from("a@sumologic.com").subject("hello"))
                                            << Verdict::Reject << "Subject matches none of: alert";
        QTest::newRow("and: not subject hits")
            << combined << unseen << MailFacts(Mail().from("a@sumologic.com").subject("Alert test")) << Verdict::Reject
            << "Not Subject matched 'test'";
        QTest::newRow("and: headers reject before body")
            << Settings {{"from", "sumologic.com"}, {"textBody", "invoice"}} << unseen
            << MailFacts(Mail().from("a@evil.io").bodyNotFetched()) << Verdict::Reject << noSumo;
        QTest::newRow("and: headers pass, body needed")
            << Settings {{"from", "sumologic.com"}, {"textBody", "invoice"}} << unseen
            << MailFacts(Mail().from("a@sumologic.com").bodyNotFetched()) << Verdict::NeedsBody << "";
        QTest::newRow("and: every field") << Settings {{"from", "sumologic.com"}, {"to", "soc.example"}, {"subject", "alert"},
            {"textBody", "invoice"}, {"header", "outlook"}, {"headerField", "X-Mailer"}, {"notFrom", "spam.sumologic.com"},
            {"notTo", "ceo@soc.example"}, {"notSubject", "test"}, {"notTextBody", "unsubscribe"}, {"notHeader", "yes"},
            {"notHeaderField", "X-Spam"}} << unseen
                                          << MailFacts(Mail()
                                                           .from("a@eu.sumologic.com")
                                                           .to("b@soc.example")
                                                           .subject("Alert")
                                                           .header("X-Mailer", "Outlook")
                                                           .header("X-Spam", "no")
                                                           .text("invoice attached"))
                                          << Verdict::Accept << "";

        // Fetch types.
        QTest::newRow("unseen drops seen mail")
            << Settings {} << unseen << MailFacts(Mail().seen()) << Verdict::Reject << "already seen";
        QTest::newRow("latest stored drops stored uid")
            << Settings {} << FetchWindow::uidsAbove(100) << MailFacts(Mail().uid(100)) << Verdict::Reject
            << "already stored (UID 100 is not above 100)";
        QTest::newRow("latest stored takes seen mail")
            << Settings {{"from", "sumologic.com"}} << FetchWindow::uidsAbove(99)
            << MailFacts(Mail().uid(100).seen().from("a@sumologic.com")) << Verdict::Accept << "";
        QTest::newRow("rescan takes old uids") << Settings {} << FetchWindow::sinceDate(QDate(2026, 1, 1))
                                               << MailFacts(Mail().uid(1).seen()) << Verdict::Accept << "";
    }

    void evaluates()
    {
        QFETCH(Settings, settings);
        QFETCH(FetchWindow, window);
        QFETCH(MailFacts, mail);
        QFETCH(Verdict, verdict);
        QFETCH(QString, reason);
        const ClientMatcher matcher(parsed(settings), window);
        const ClientMatcher::Outcome outcome = matcher.evaluate(mail);
        QCOMPARE(outcome.verdict, verdict);
        QCOMPARE(outcome.reason, reason);
    }

    void textBodyInFileNames()
    {
        const ClientMatcher matcher(parsed({{"from", "a.com"}, {"textBody", "Rückzahlung, payload"}}), unseen);
        QVERIFY(matcher.textBodyInFileNames({"notes.txt", "RUECKZAHLUNG.pdf", "rückzahlung-3.PDF"})); // case-folded
        QVERIFY(matcher.textBodyInFileNames({"my-payload.zip"}));
        QVERIFY(!matcher.textBodyInFileNames({"notes.txt", "invoice.pdf"}));
        QVERIFY(!matcher.textBodyInFileNames({}));
        // Only the Text Body filter's values count, never a NOT Text Body's.
        QVERIFY(!ClientMatcher(parsed({{"notTextBody", "payload"}}), unseen).textBodyInFileNames({"payload.zip"}));
    }

    void fromPlan()
    {
        FetchPlan plan;
        plan.type = FetchType::FromLatestStored;
        plan.checkpoint = Checkpoint {7, 50, {}};
        plan.filters = parsed({{"notSubject", "newsletter"}});
        const ClientMatcher sameFolder(plan, 7);
        QCOMPARE(sameFolder.evaluate(Mail().uid(50)).verdict, Verdict::Reject);
        QCOMPARE(sameFolder.evaluate(Mail().uid(51).seen()).verdict, Verdict::Accept);
        QCOMPARE(sameFolder.evaluate(Mail().uid(51).subject("Newsletter")).verdict, Verdict::Reject);
        const ClientMatcher recreatedFolder(plan, 8); // UIDVALIDITY changed: UIDs say nothing
        QCOMPARE(recreatedFolder.evaluate(Mail().uid(3).seen()).verdict, Verdict::Accept);
        plan.checkpoint.reset(); // the very first run takes UNSEEN
        const ClientMatcher firstRun(plan, 7);
        QCOMPARE(firstRun.evaluate(Mail().uid(3).seen()).reason, QStringLiteral("already seen"));
        QCOMPARE(firstRun.evaluate(Mail().uid(3)).verdict, Verdict::Accept);
    }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << "HeLLo"
                               << "hello";
        QTest::newRow("umlaut") << "ÜBER"
                                << "über";
        QTest::newRow("sharp s") << "Straße"
                                 << "strasse";
        QTest::newRow("capital sharp s") << "STRAẞE"
                                         << "strasse";
        QTest::newRow("dotted capital i") << "İzmir"
                                          << "izmir";
        QTest::newRow("dotless i") << "ılık"
                                   << "ilik";
        QTest::newRow("decomposed dotted i") << "I\u0307zmir"
                                             << "izmir";
        QTest::newRow("final sigma") << "ΛΌΓΟΣ λόγος"
                                     << "λόγοσ λόγοσ";
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(text), folded);
    }
};

QTEST_GUILESS_MAIN(TestClientMatcher)
#include "tst_clientmatcher.moc"
