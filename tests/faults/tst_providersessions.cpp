// How Exchange Online and Gmail end or refuse things by themselves, replayed by a scripted server
// over a real socket against the real Incoming Mail Daemon, its store and its log. The server's
// words are copied from public transcripts:
//  - "* BYE Connection closed. 14": Exchange Online, MailKit protocol log,
//    https://github.com/jstedfast/MailKit/issues/849
//  - "+ IDLE accepted, awaiting DONE command." then "Server Unavailable. 15" and BYE: Exchange
//    Online during IDLE, https://github.com/mscdex/node-imap/issues/561
//  - "NO Server Unavailable. 15": Exchange throttling, https://github.com/lefcha/imapfilter/issues/146
//  - "NO Request is throttled. Suggested Backoff Time: 299609 milliseconds": Office 365,
//    https://github.com/imapsync/imapsync/issues/198 (times shortened here to keep tests short)
//  - "* BYE Session invalidated - AccessTokenExpired": Exchange Online with XOAUTH2,
//    https://github.com/iroco-co/aioimaplib/issues/83
//  - "* OK [ALERT] System shutdown in 10 minutes": RFC 3501 section 7.1.1's example; 7.1 says
//    the ALERT text MUST be presented to the user.
// Connection limits: Exchange Online allows 20 IMAP connections per mailbox
// (learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4), Gmail 15
// (support.google.com/mail/answer/7126229): the daemon keeps to one, Test Saved Settings adds a
// second that lives for the test only.
#include "DaemonStates.h"
#include "FakeKeychain.h"
#include "FreshStore.h"
#include "ImapdRunner.h"
#include "OAuthTestServer.h"
#include "ScriptedImapServer.h"

#include "common/LogRingBuffer.h"
#include "common/Logging.h"
#include "daemon/IncomingMailDaemon.h"
#include "daemon/SettingsTester.h"
#include "oauth/GrantStore.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::DaemonStates;
using namespace soar;
using soar::daemon::IncomingMailDaemon;
using soar::test::FakeKeychain;
using soar::test::OAuthTestServer;
using soar::test::ScriptedImapServer;

class TestProviderSessions : public QObject {
    Q_OBJECT
private:
    soar::test::FreshStore m_store;
    FakeKeychain m_keychain;
    settings::SecretResolver m_secrets {&m_keychain};
    common::LogRingBuffer m_log {1000};

    static QByteArray mail(const QByteArray &subject)
    {
        return "Message-ID: <" + subject + "@example.test>\r\nSubject: " + subject + "\r\n\r\nhello\r\n";
    }

    static QByteArray fetchOf(quint32 uid, const QByteArray &subject)
    {
        const QByteArray m = mail(subject);
        return "* " + QByteArray::number(uid) + " FETCH (UID " + QByteArray::number(uid) + " FLAGS () BODY[] {"
            + QByteArray::number(m.size()) + "}\r\n" + m + ")\r\n";
    }

    // Exchange Online's greeting and capabilities (MailKit issue 849's log), IDLE included.
    static void actLikeExchange(ScriptedImapServer &server)
    {
        server.setGreeting("* OK The Microsoft Exchange IMAP4 service is ready.\r\n");
        server.on("CAPABILITY",
            "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE "
            "LITERAL+\r\n{tag} OK CAPABILITY completed.\r\n");
        server.on("AUTHENTICATE", "{tag} OK AUTHENTICATE completed.\r\n");
        server.on("IDLE", "+ IDLE accepted, awaiting DONE command.\r\n");
        server.on("DONE", "{tag} OK IDLE completed.\r\n");
    }

    settings::ResourceSettings resource(quint16 port, const QString &name = QStringLiteral("exchange"))
    {
        settings::ResourceSettings r = ScriptedImapServer::loopbackResource(port, name, QStringLiteral("soc@contoso.example"));
        r.fetch.idle = true;
        r.fetch.pollSeconds = 3600; // only the server's words end IDLE in these tests
        m_keychain.entries.insert(settings::SecretKeys::imapPassword(r.name), QStringLiteral("pw"));
        return r;
    }

    static IncomingMailDaemon::Options fast()
    {
        IncomingMailDaemon::Options o;
        o.initialBackoffMs = 50; // an ordinary failure comes back at once
        o.throttleBackoffMs = 800;
        return o;
    }

    bool logged(spdlog::level::level_enum level, const QString &text) const
    {
        const auto records = m_log.recordsSince(0);
        return std::any_of(records.begin(), records.end(),
            [&](const common::LogRecord &r) { return r.level == level && r.message.contains(text); });
    }

    // Every UID the client flagged \Seen, once per STORE that named it.
    static QList<quint32> seenFlagged(const QByteArray &received)
    {
        QList<quint32> uids;
        static const QRegularExpression store(QStringLiteral(R"(UID STORE ([0-9:,]+) \+FLAGS)"));
        auto it = store.globalMatch(QString::fromLatin1(received));
        while (it.hasNext()) {
            for (const QString &part : it.next().captured(1).split(QLatin1Char(','))) {
                const QStringList range = part.split(QLatin1Char(':'));
                for (quint32 uid = range.first().toUInt(); uid <= range.last().toUInt(); ++uid)
                    uids << uid;
            }
        }
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    int storedMails() const { return int(m_store->count({}).value()); }

    static void stop(IncomingMailDaemon &daemon)
    {
        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.stop();
        QVERIFY(daemon.state() == IncomingMailDaemon::State::Stopped || stopped.wait(10000));
    }

private slots:
    void initTestCase() { common::Logging::addSink(m_log.sink()); }
    void cleanupTestCase() { common::Logging::removeSink(m_log.sink()); }

    void init() { QVERIFY(m_store.renew()); }

    void alertDuringIdleReachesTheAnalyst()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.once("IDLE", "+ IDLE accepted, awaiting DONE command.\r\n* OK [ALERT] System shutdown in 10 minutes\r\n");
        IncomingMailDaemon daemon(resource(server.port()), &m_secrets, m_store.get(), fast());
        QSignalSpy alerts(&daemon, &IncomingMailDaemon::serverAlert);
        daemon.start();
        QVERIFY(alerts.wait(10000));
        QCOMPARE(alerts.first().first().toString(), QStringLiteral("System shutdown in 10 minutes"));
        QTRY_VERIFY_WITH_TIMEOUT(logged(spdlog::level::warn, QStringLiteral("System shutdown in 10 minutes")), 5000);
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Idling); // an alert is news, not a failure
        stop(daemon);
    }

    // soar-imapd run: the alert is on stderr (and so in journald), at warning.
    void alertReachesTheTerminalOfSoarImapdRun()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.once("IDLE", "+ IDLE accepted, awaiting DONE command.\r\n* OK [ALERT] System shutdown in 10 minutes\r\n");
        QTemporaryDir dir;
        soar::test::ImapdRunner imapd(dir.path(),
            soar::test::ImapdRunner::Resource::scripted(
                QStringLiteral("exchange"), server.port(), QStringLiteral("soc@contoso.example"), QStringLiteral("pw")));
        QProcess *process = imapd.startCommand({QStringLiteral("run")});
        QByteArray err;
        connect(process, &QProcess::readyReadStandardError, this, [&] { err += process->readAllStandardError(); });
        QTRY_VERIFY_WITH_TIMEOUT(
            err.contains("warning [daemon] [exchange] alert from the server 127.0.0.1: System shutdown in 10 minutes"), 20000);
        QSignalSpy finished(process, &QProcess::finished);
        process->terminate(); // SIGTERM: the daemon logs out (this process's server answers) and ends
        QVERIFY(finished.wait(20000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    }

    void byeDuringIdleReconnectsWithoutLosingOrRepeatingMail()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.once("UID SEARCH", "* SEARCH 1\r\n{tag} OK SEARCH completed.\r\n");
        server.on("UID SEARCH", "* SEARCH\r\n{tag} OK SEARCH completed.\r\n"); // flagged \Seen since
        server.on("UID FETCH", fetchOf(1, "before-bye") + "{tag} OK FETCH completed.\r\n");
        server.once("IDLE", "+ IDLE accepted, awaiting DONE command.\r\n* BYE Connection closed. 14\r\n{close}");
        IncomingMailDaemon daemon(resource(server.port()), &m_secrets, m_store.get(), fast());
        DaemonStates states(&daemon);
        daemon.start();
        QVERIFY(states.waitFor(IncomingMailDaemon::State::Backoff, 10000));
        QVERIFY(logged(spdlog::level::warn, QStringLiteral("Connection closed. 14")));
        // Back, and idling on the new connection; the old one was closed first.
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Idling, 10000);
        QCOMPARE(server.maxOpen(), 1);
        QCOMPARE(storedMails(), 1);
        QCOMPARE(seenFlagged(server.received()), QList<quint32>({1}));
        stop(daemon);
    }

    void byeInTheMiddleOfAFetchFetchesTheRestNextCycle()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.on("SELECT",
            "* 2 EXISTS\r\n* OK [UIDVALIDITY 14] UIDVALIDITY value\r\n* OK [UIDNEXT 3] The next unique identifier value\r\n"
            "{tag} OK [READ-WRITE] SELECT completed.\r\n");
        server.once("UID SEARCH", "* SEARCH 1 2\r\n{tag} OK SEARCH completed.\r\n");
        server.once("UID SEARCH", "* SEARCH 1 2\r\n{tag} OK SEARCH completed.\r\n"); // nothing was flagged
        server.on("UID SEARCH", "* SEARCH\r\n{tag} OK SEARCH completed.\r\n");
        // The first mail arrives whole, then the server ends the session before the second.
        server.once("UID FETCH", fetchOf(1, "first") + "* BYE Connection closed. 14\r\n{close}");
        server.on("UID FETCH", fetchOf(1, "first") + fetchOf(2, "second") + "{tag} OK FETCH completed.\r\n");
        IncomingMailDaemon daemon(resource(server.port()), &m_secrets, m_store.get(), fast());
        QStringList runErrors;
        connect(&daemon, &IncomingMailDaemon::runFinished, this, [&](const store::RunRecord &run) { runErrors << run.error; });
        daemon.start();
        QTRY_VERIFY_WITH_TIMEOUT(runErrors.size() >= 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Idling, 10000);
        QVERIFY2(runErrors.first().contains(QLatin1String("Connection closed. 14")), qPrintable(runErrors.first()));
        QCOMPARE(storedMails(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(seenFlagged(server.received()), QList<quint32>({1, 2}), 10000);
        QCOMPARE(server.maxOpen(), 1);
        QVERIFY(logged(spdlog::level::warn, QStringLiteral("Connection closed. 14")));
        stop(daemon);
    }

    void throttlingWaitsAsLongAsTheServerAsks_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("atLeastMs");
        QTest::addColumn<QString>("reason");
        QTest::newRow("SELECT, suggested backoff")
            << QByteArray("SELECT") << QByteArray("{tag} NO Request is throttled. Suggested Backoff Time: 1500 milliseconds\r\n")
            << 1500 << "Request is throttled. Suggested Backoff Time: 1500 milliseconds";
        QTest::newRow("UID FETCH, Server Unavailable")
            << QByteArray("UID FETCH") << QByteArray("{tag} NO Server Unavailable. 15\r\n") << 800 << "Server Unavailable. 15";
        QTest::newRow("AUTHENTICATE, [UNAVAILABLE]")
            << QByteArray("AUTHENTICATE") << QByteArray("{tag} NO [UNAVAILABLE] Request is throttled.\r\n") << 800
            << "Request is throttled.";
    }

    void throttlingWaitsAsLongAsTheServerAsks()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, answer);
        QFETCH(int, atLeastMs);
        QFETCH(QString, reason);
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.on("UID FETCH", fetchOf(1, "throttled") + "{tag} OK FETCH completed.\r\n");
        server.once(verb, answer);
        QElapsedTimer sinceRefusal;
        connect(&server, &ScriptedImapServer::commandReceived, this, [&](const QByteArray &received) {
            if (received == verb && !sinceRefusal.isValid())
                sinceRefusal.start();
        });
        IncomingMailDaemon daemon(resource(server.port()), &m_secrets, m_store.get(), fast());
        QSignalSpy stored(&daemon, &IncomingMailDaemon::mailStored);
        DaemonStates states(&daemon);
        daemon.start();
        QVERIFY(states.waitFor(IncomingMailDaemon::State::Backoff, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(logged(spdlog::level::warn, reason), 5000);
        QVERIFY(logged(spdlog::level::warn, QStringLiteral("the server is throttling this mailbox")));
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Backoff); // not paused for a sign-in
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 15000);
        const qint64 waited = sinceRefusal.elapsed();
        QVERIFY2(waited >= atLeastMs, qPrintable(QStringLiteral("came back after %1 ms").arg(waited)));
        QVERIFY(stored.count() == 1 || stored.wait(10000));
        QCOMPARE(storedMails(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(seenFlagged(server.received()), QList<quint32>({1}), 10000);
        QCOMPARE(server.maxOpen(), 1);
        stop(daemon);
    }

    void expiredAccessTokenIsRenewedWithoutTheAnalyst()
    {
        OAuthTestServer tokens;
        QVERIFY(tokens.listen());
        tokens.setClient(QStringLiteral("soar-imap-desktop"));
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.once(
            "IDLE", "+ IDLE accepted, awaiting DONE command.\r\n* BYE Session invalidated - AccessTokenExpired\r\n{close}");
        settings::ResourceSettings r = resource(server.port(), QStringLiteral("exchange-oauth"));
        r.imap.auth = settings::ImapAuth::OAuth2;
        r.imap.oauth.provider = settings::OAuthProvider::Custom;
        r.imap.oauth.clientId = QStringLiteral("soar-imap-desktop");
        r.imap.oauth.scopes = QStringLiteral("imap offline_access");
        r.imap.oauth.authUrl = tokens.authorizeUrl().toString();
        r.imap.oauth.tokenUrl = tokens.tokenUrl().toString();
        m_keychain.entries.insert(settings::SecretKeys::oauthGrant(r.name),
            oauth::GrantStore::serialize({tokens.grantRefreshToken(r.imap.username), r.imap.username}));
        IncomingMailDaemon daemon(r, &m_secrets, m_store.get(), fast());
        DaemonStates states(&daemon);
        daemon.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Idling, 10000);
        QCOMPARE(tokens.tokenRequests(QStringLiteral("refresh_token")), 2); // a new token for the new session
        // Nothing for the analyst to do: no failure, no waiting.
        QCOMPARE(states.times(IncomingMailDaemon::State::Backoff), 0);
        QCOMPARE(states.times(IncomingMailDaemon::State::Paused), 0);
        QVERIFY(!daemon.lastError());
        QVERIFY(logged(spdlog::level::info, QStringLiteral("AccessTokenExpired")));
        QCOMPARE(server.maxOpen(), 1);
        stop(daemon);
    }

    void pollingKeepsToOneConnection()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        server.on("UID SEARCH", "* SEARCH\r\n{tag} OK done\r\n");
        settings::ResourceSettings r = resource(server.port());
        r.fetch.idle = false;
        r.fetch.pollSeconds = 1; // the settings form allows 10 s at least; 1 s keeps the test short
        IncomingMailDaemon daemon(r, &m_secrets, m_store.get(), fast());
        QSignalSpy runs(&daemon, &IncomingMailDaemon::runFinished);
        daemon.start();
        QTRY_VERIFY_WITH_TIMEOUT(runs.count() >= 3, 15000);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.maxOpen(), 1);
        stop(daemon);
    }

    // Decided by the providers' limits (20 per mailbox at Exchange Online, 15 at Gmail): Test
    // Saved Settings and Test Action each open one more connection, for the test only, and
    // close it when done; the daemon's IDLE is not interrupted.
    void testsWhileIdlingUseOneShortLivedConnection()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        actLikeExchange(server);
        server.on("EXAMINE",
            "* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n{tag} OK [READ-ONLY] EXAMINE completed.\r\n");
        server.on("LIST", "* LIST (\\HasNoChildren) \"/\" INBOX\r\n{tag} OK LIST completed.\r\n");
        const settings::ResourceSettings r = resource(server.port());
        IncomingMailDaemon daemon(r, &m_secrets, m_store.get(), fast());
        daemon.start();
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Idling, 10000);
        QCOMPARE(server.openConnections(), 1);

        daemon::SettingsTester tester(r, &m_secrets);
        QSignalSpy finished(&tester, &daemon::SettingsTester::finished);
        tester.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(server.maxOpen(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 1, 10000); // the test's connection is gone
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Idling);

        // Test Action, as the app runs it: a dry run of its own, once, on its own connection.
        IncomingMailDaemon::Options dry = fast();
        dry.once = true;
        dry.dryRun = true;
        IncomingMailDaemon testAction(r, &m_secrets, m_store.get(), dry);
        QSignalSpy stopped(&testAction, &IncomingMailDaemon::stopped);
        testAction.start();
        QVERIFY(stopped.wait(20000));
        QVERIFY2(!testAction.lastError().isError(), qPrintable(testAction.lastError().toString()));
        QCOMPARE(server.maxOpen(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 1, 10000);
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Idling);
        stop(daemon);
    }
};

QTEST_GUILESS_MAIN(TestProviderSessions)
#include "tst_providersessions.moc"
