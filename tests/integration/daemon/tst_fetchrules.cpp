// The pre-filters and fetch types against each real server of the rig (Dovecot, GNU Mailutils
// imap4d): a folder of 60 varied mails and a table of filter combinations; for each server and
// row the mails a (dry) fetch cycle takes are exactly the expected ones. The expectation of each row is written here as a
// predicate over how the test built the mails, independently of the product's matcher.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "RigResource.h"
#include "TestMail.h"
#include "daemon/FetchCycle.h"
#include "daemon/ResourceMapping.h"
#include "daemon/SessionFactory.h"
#include "imap/SessionOpener.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <map>

using namespace soar;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

namespace {

const QString kFolder = QStringLiteral("FetchRules60");
constexpr int kMails = 60;

// How mail number i is built: every attribute cycles with a different period, so the 60 mails
// cover the combinations.
struct Spec {
    int i = 0;
    QString from;
    QString to;
    QString cc;
    QString subject;
    QString body;
    QString attachment;
    bool rfc2231 = false; // the attachment's name as filename*=UTF-8''...
    QString mailer;
    bool bulk = false;
    bool seen = false;
};

Spec spec(int i)
{
    static const QStringList froms
        = {QStringLiteral("sales@sumologic.com"), QStringLiteral("a@eu.sumologic.com"), QStringLiteral("x@notsumologic.com"),
            QStringLiteral("boss@example.org"), QStringLiteral("phish@evil.example"), QStringLiteral("news@letters.example")};
    static const QStringList subjects = {QStringLiteral("Invoice %1"), QStringLiteral("Re: a, b %1"),
        QStringLiteral("Newsletter %1"), QStringLiteral("Überweisung fällig %1"), QStringLiteral("Password reset %1")};
    static const QStringList bodies
        = {QStringLiteral("Please wire the money today."), QStringLiteral("Click here to unsubscribe."),
            QStringLiteral("Grüße aus München."), QStringLiteral("Nothing special here.")};
    Spec s;
    s.i = i;
    s.from = froms.at(i % 6);
    s.to = i % 7 == 0 ? QStringLiteral("analyst@corp.test") : QStringLiteral("soc@corp.test");
    s.cc = i % 5 == 0 ? QStringLiteral("team@corp.test") : QString();
    s.subject = subjects.at(i % 5).arg(i, 2, 10, QLatin1Char('0'));
    s.body = bodies.at(i % 4);
    // Names TEXT finds only on servers that search MIME part headers, and encoded names
    // (RFC 2231, RFC 2047) that no server's TEXT decodes.
    if (i % 3 == 0)
        s.attachment = QStringLiteral("invoice-%1.pdf").arg(i);
    else if (i % 6 == 2)
        s.attachment = QStringLiteral("payload.zip");
    else if (i % 6 == 4)
        s.attachment = QStringLiteral("Rückzahlung-%1.pdf").arg(i);
    else if (i % 12 == 1)
        s.attachment = QStringLiteral("Überweisung.xlsx");
    s.rfc2231 = i % 6 == 4;
    s.mailer = i % 2 == 0 ? QStringLiteral("Outlook 16.0") : QStringLiteral("Thunderbird 115");
    s.bulk = i % 4 == 3;
    s.seen = i % 10 == 9;
    return s;
}

QByteArray build(const Spec &s)
{
    TestMail mail;
    mail.from(s.from).to(s.to).subject(s.subject).body(s.body).header(QStringLiteral("X-Mailer"), s.mailer);
    if (!s.cc.isEmpty())
        mail.cc(s.cc);
    if (s.bulk)
        mail.header(QStringLiteral("Precedence"), QStringLiteral("bulk"));
    if (s.rfc2231)
        mail.attachRfc2231(s.attachment, "%PDF-1.4 test");
    else if (!s.attachment.isEmpty())
        mail.attach(s.attachment, "%PDF-1.4 test", "application/octet-stream");
    return mail.raw();
}

bool domainOf(const QString &address, const QString &domain)
{
    const QString host = address.section(QLatin1Char('@'), 1);
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

using Predicate = std::function<bool(const Spec &)>;

} // namespace

Q_DECLARE_METATYPE(settings::FilterSettings)
Q_DECLARE_METATYPE(Predicate)

class TestFetchRules : public QObject {
    Q_OBJECT
private:
    struct Connection {
        std::unique_ptr<imap::ImapSession> session;
        std::unique_ptr<imap::SessionOpener> opener;
    };
    std::map<QString, Connection> m_connections; // by server name

    static settings::ResourceSettings resource(const test::RigServer &server)
    {
        settings::ResourceSettings r
            = test::rigResource(QStringLiteral("rules-") + server.name, server.login(RigEnvironment::kCarol), kFolder);
        r.imap.port = server.imapsPort; // the server under test, not necessarily Dovecot
        return r;
    }

    static test::RigServer server(const QString &name)
    {
        for (const test::RigServer &s : RigEnvironment::servers()) {
            if (s.name == name)
                return s;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        for (const test::RigServer &server : RigEnvironment::servers()) {
            ImapTestClient carol(server, RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
            QVERIFY2(carol.resetFolder(kFolder), qPrintable(server.name + QLatin1String(": ") + carol.lastError()));
            for (int i = 0; i < kMails; ++i) {
                const Spec s = spec(i);
                QVERIFY2(carol.append(kFolder, build(s), s.seen ? QByteArrayList {"\\Seen"} : QByteArrayList {}),
                    qPrintable(server.name + QLatin1String(": ") + carol.lastError()));
            }
            const settings::ResourceSettings r = resource(server);
            Connection &c = m_connections[server.name];
            c.session = daemon::SessionFactory::create(daemon::ResourceMapping::sessionOptions(r));
            c.opener = std::make_unique<imap::SessionOpener>(
                *c.session, daemon::ResourceMapping::credentials(r, RigEnvironment::kCarolPassword), kFolder, true);
            QSignalSpy opened(c.opener.get(), &imap::SessionOpener::finished);
            c.opener->start();
            QVERIFY(opened.wait(20000));
            QVERIFY2(!opened.first().first().value<common::Error>().isError(),
                qPrintable(opened.first().first().value<common::Error>().toString()));
            QCOMPARE(c.opener->mailbox().exists, quint32(kMails));
        }
    }

    void fetchedSetIsExactlyTheExpectedOne_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<settings::FilterSettings>("filters");
        QTest::addColumn<bool>("latest"); // Fetch From Latest stored mail, checkpoint after UID 30
        QTest::addColumn<Predicate>("expected");
        const QList<test::RigServer> servers = RigEnvironment::servers();
        auto row = [&servers](const char *name, const std::function<void(settings::FilterSettings &)> &set, const Predicate &p,
                       bool latest = false) {
            settings::FilterSettings f;
            set(f);
            for (const test::RigServer &server : servers)
                QTest::addRow("%s: %s", qPrintable(server.name), name) << server.name << f << latest << p;
        };
        const Predicate unseen = [](const Spec &s) { return !s.seen; };
        auto andUnseen = [](const Predicate &p) { return Predicate([p](const Spec &s) { return !s.seen && p(s); }); };

        row(
            "no filter", [](auto &) {}, unseen);
        row(
            "from domain", [](auto &f) { f.from = QStringLiteral("sumologic.com"); },
            andUnseen([](const Spec &s) { return domainOf(s.from, QStringLiteral("sumologic.com")); }));
        row(
            "from address", [](auto &f) { f.from = QStringLiteral("sales@sumologic.com"); },
            andUnseen([](const Spec &s) { return s.from == QLatin1String("sales@sumologic.com"); }));
        row(
            "from address case", [](auto &f) { f.from = QStringLiteral("SALES@SumoLogic.com"); },
            andUnseen([](const Spec &s) { return s.from == QLatin1String("sales@sumologic.com"); }));
        row(
            "from subdomain only", [](auto &f) { f.from = QStringLiteral("eu.sumologic.com"); },
            andUnseen([](const Spec &s) { return s.from == QLatin1String("a@eu.sumologic.com"); }));
        row(
            "from two values", [](auto &f) { f.from = QStringLiteral("evil.example, boss@example.org"); },
            andUnseen([](const Spec &s) {
                return s.from == QLatin1String("phish@evil.example") || s.from == QLatin1String("boss@example.org");
            }));
        row(
            "from look-alike only", [](auto &f) { f.from = QStringLiteral("notsumologic.com"); },
            andUnseen([](const Spec &s) { return s.from == QLatin1String("x@notsumologic.com"); }));
        row(
            "to address", [](auto &f) { f.to = QStringLiteral("analyst@corp.test"); },
            andUnseen([](const Spec &s) { return s.to == QLatin1String("analyst@corp.test"); }));
        row(
            "to covers cc", [](auto &f) { f.to = QStringLiteral("team@corp.test"); },
            andUnseen([](const Spec &s) { return !s.cc.isEmpty(); }));
        row(
            "to domain", [](auto &f) { f.to = QStringLiteral("corp.test"); }, unseen);
        row(
            "subject", [](auto &f) { f.subject = QStringLiteral("invoice"); },
            andUnseen([](const Spec &s) { return s.subject.startsWith(QLatin1String("Invoice")); }));
        row(
            "subject quoted comma", [](auto &f) { f.subject = QStringLiteral("\"Re: a, b\""); },
            andUnseen([](const Spec &s) { return s.subject.startsWith(QLatin1String("Re: a, b")); }));
        row(
            "subject encoded non-ascii", [](auto &f) { f.subject = QStringLiteral("überweisung"); },
            andUnseen([](const Spec &s) { return s.subject.startsWith(QStringLiteral("Überweisung")); }));
        row(
            "subject two values", [](auto &f) { f.subject = QStringLiteral("newsletter, password"); },
            andUnseen([](const Spec &s) {
                return s.subject.startsWith(QLatin1String("Newsletter")) || s.subject.startsWith(QLatin1String("Password"));
            }));
        row(
            "text body", [](auto &f) { f.textBody = QStringLiteral("wire the money"); },
            andUnseen([](const Spec &s) { return s.body.contains(QLatin1String("wire the money")); }));
        row(
            "text body non-ascii", [](auto &f) { f.textBody = QStringLiteral("grüße"); },
            andUnseen([](const Spec &s) { return s.body.startsWith(QStringLiteral("Grüße")); }));
        row(
            "text body attachment name", [](auto &f) { f.textBody = QStringLiteral("payload.zip"); },
            andUnseen([](const Spec &s) { return s.attachment == QLatin1String("payload.zip"); }));
        row(
            "text body rfc 2231 name", [](auto &f) { f.textBody = QStringLiteral("rückzahlung"); },
            andUnseen([](const Spec &s) { return s.attachment.startsWith(QStringLiteral("Rückzahlung")); }));
        row(
            "text body rfc 2047 name", [](auto &f) { f.textBody = QStringLiteral("überweisung.xlsx"); },
            andUnseen([](const Spec &s) { return s.attachment == QStringLiteral("Überweisung.xlsx"); }));
        row(
            "text body name or text",
            [](auto &f) {
                f.from = QStringLiteral("sumologic.com, evil.example");
                f.textBody = QStringLiteral("payload, invoice-, wire the money");
            },
            andUnseen([](const Spec &s) {
                return (domainOf(s.from, QStringLiteral("sumologic.com")) || s.from == QLatin1String("phish@evil.example"))
                    && (s.attachment == QLatin1String("payload.zip") || s.attachment.startsWith(QLatin1String("invoice-"))
                        || s.body.contains(QLatin1String("wire the money")));
            }));
        row(
            "header x-mailer",
            [](auto &f) {
                f.header = QStringLiteral("outlook");
                f.headerField = QStringLiteral("X-Mailer");
            },
            andUnseen([](const Spec &s) { return s.mailer.startsWith(QLatin1String("Outlook")); }));
        row(
            "header precedence",
            [](auto &f) {
                f.header = QStringLiteral("bulk");
                f.headerField = QStringLiteral("precedence");
            },
            andUnseen([](const Spec &s) { return s.bulk; }));
        row(
            "not from domain", [](auto &f) { f.notFrom = QStringLiteral("sumologic.com"); },
            andUnseen([](const Spec &s) { return !domainOf(s.from, QStringLiteral("sumologic.com")); }));
        row(
            "not from keeps look-alike", [](auto &f) { f.notFrom = QStringLiteral("sumologic.com, letters.example"); },
            andUnseen([](const Spec &s) {
                return !domainOf(s.from, QStringLiteral("sumologic.com")) && s.from != QLatin1String("news@letters.example");
            }));
        row(
            "not to", [](auto &f) { f.notTo = QStringLiteral("team@corp.test"); },
            andUnseen([](const Spec &s) { return s.cc.isEmpty(); }));
        row(
            "not subject", [](auto &f) { f.notSubject = QStringLiteral("newsletter"); },
            andUnseen([](const Spec &s) { return !s.subject.startsWith(QLatin1String("Newsletter")); }));
        row(
            "not text body", [](auto &f) { f.notTextBody = QStringLiteral("unsubscribe"); },
            andUnseen([](const Spec &s) { return !s.body.contains(QLatin1String("unsubscribe")); }));
        row(
            "not header",
            [](auto &f) {
                f.notHeader = QStringLiteral("bulk");
                f.notHeaderField = QStringLiteral("Precedence");
            },
            andUnseen([](const Spec &s) { return !s.bulk; }));
        row(
            "from and subject",
            [](auto &f) {
                f.from = QStringLiteral("sumologic.com");
                f.subject = QStringLiteral("invoice");
            },
            andUnseen([](const Spec &s) {
                return domainOf(s.from, QStringLiteral("sumologic.com")) && s.subject.startsWith(QLatin1String("Invoice"));
            }));
        row(
            "from and not subject",
            [](auto &f) {
                f.from = QStringLiteral("sumologic.com, evil.example");
                f.notSubject = QStringLiteral("newsletter, invoice");
            },
            andUnseen([](const Spec &s) {
                return (domainOf(s.from, QStringLiteral("sumologic.com")) || s.from == QLatin1String("phish@evil.example"))
                    && !s.subject.startsWith(QLatin1String("Newsletter")) && !s.subject.startsWith(QLatin1String("Invoice"));
            }));
        row(
            "to and header and not body",
            [](auto &f) {
                f.to = QStringLiteral("soc@corp.test");
                f.header = QStringLiteral("thunderbird");
                f.headerField = QStringLiteral("X-Mailer");
                f.notTextBody = QStringLiteral("money");
            },
            andUnseen([](const Spec &s) {
                return s.to == QLatin1String("soc@corp.test") && s.mailer.startsWith(QLatin1String("Thunderbird"))
                    && !s.body.contains(QLatin1String("money"));
            }));
        row(
            "everything excluded",
            [](auto &f) {
                f.notFrom = QStringLiteral("sumologic.com, notsumologic.com, example.org, evil.example, letters.example");
            },
            [](const Spec &) { return false; });
        row(
            "nothing matches", [](auto &f) { f.subject = QStringLiteral("no such subject anywhere"); },
            [](const Spec &) { return false; });
        row(
            "latest: all newer, seen or not", [](auto &) {}, [](const Spec &s) { return s.i >= 30; }, true);
        row(
            "latest with from", [](auto &f) { f.from = QStringLiteral("sumologic.com"); },
            [](const Spec &s) { return s.i >= 30 && domainOf(s.from, QStringLiteral("sumologic.com")); }, true);
        row(
            "latest with text body name", [](auto &f) { f.textBody = QStringLiteral("invoice"); },
            [](const Spec &s) { return s.i >= 30 && s.attachment.startsWith(QLatin1String("invoice")); }, true);
        row(
            "latest with not subject", [](auto &f) { f.notSubject = QStringLiteral("password"); },
            [](const Spec &s) { return s.i >= 30 && !s.subject.startsWith(QLatin1String("Password")); }, true);
    }

    void fetchedSetIsExactlyTheExpectedOne()
    {
        QFETCH(QString, server);
        QFETCH(settings::FilterSettings, filters);
        QFETCH(bool, latest);
        QFETCH(Predicate, expected);
        const Connection &c = m_connections.at(server);
        settings::ResourceSettings r = resource(this->server(server));
        r.filters = filters;
        r.fetch.type = latest ? settings::FetchType::Latest : settings::FetchType::Unseen;
        std::optional<store::Checkpoint> checkpoint;
        if (latest) // as if the first 30 mails (UIDs 1-30) were stored by an earlier run
            checkpoint = store::Checkpoint {c.opener->mailbox().uidValidity, 30, {}};
        const auto plan = daemon::ResourceMapping::plan(r, checkpoint);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));

        daemon::FetchCycle::Options options;
        options.dryRun = true;
        options.dryRunLimit = 1000;
        daemon::FetchCycle cycle(*c.session, c.opener->mailbox(), r.name, plan.value(), nullptr, options);
        QSignalSpy done(&cycle, &daemon::FetchCycle::finished);
        cycle.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(!done.first().first().value<common::Error>().isError(),
            qPrintable(done.first().first().value<common::Error>().toString()));

        QList<int> got;
        static const QRegularExpression number(QStringLiteral("(\\d+)$"));
        for (const auto &m : cycle.mails())
            got << number.match(m.mail->subject).captured(1).toInt();
        std::sort(got.begin(), got.end());
        QList<int> want;
        for (int i = 0; i < kMails; ++i) {
            if (expected(spec(i)))
                want << i;
        }
        QCOMPARE(got, want);
        // What the server matched but the exact check dropped was never downloaded in full
        // when the headers decided it.
        QVERIFY(cycle.record().downloaded <= cycle.record().matched);
    }
};

QTEST_GUILESS_MAIN(TestFetchRules)
#include "tst_fetchrules.moc"
