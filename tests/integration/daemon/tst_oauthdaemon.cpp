// OAuth 2.0 end to end: the local authorization server issues tokens, a Dovecot of the test's
// own validates them by introspection (oauth2 passdb), and the daemon and Test Saved Settings
// log in with XOAUTH2 and OAUTHBEARER, renew tokens, and pause with "sign in again".
#include "DaemonStates.h"
#include "FakeKeychain.h"
#include "OAuthDovecot.h"
#include "OAuthTestServer.h"
#include "RigEnvironment.h"
#include "TestBrowser.h"

#include "common/Logging.h"
#include "daemon/IncomingMailDaemon.h"
#include "daemon/SettingsTester.h"
#include "oauth/GrantStore.h"
#include "oauth/InteractiveSignIn.h"
#include "oauth/OAuthConfig.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"
#include "settings/SettingsValidator.h"
#include "store/MailStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::DaemonStates;
using namespace soar;
using daemon::IncomingMailDaemon;
using daemon::SettingsTester;
using soar::common::Error;
using soar::test::FakeKeychain;
using soar::test::OAuthDovecot;
using soar::test::OAuthTestServer;
using soar::test::RigEnvironment;
using soar::test::TestBrowser;

class TestOAuthDaemon : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    store::MailStore m_store;
    OAuthTestServer m_server;
    OAuthDovecot m_dovecot;
    FakeKeychain m_keychain;
    settings::SecretResolver m_secrets {&m_keychain};
    QNetworkAccessManager m_network;

    settings::ResourceSettings resource(const QString &name, settings::OAuthMechanism mechanism) const
    {
        settings::ResourceSettings r;
        r.name = name;
        r.imap.host = RigEnvironment::host();
        r.imap.port = m_dovecot.port();
        r.imap.security = settings::ImapSecurity::Tls;
        r.imap.caFile = RigEnvironment::caFile();
        r.imap.auth = settings::ImapAuth::OAuth2;
        r.imap.oauth.provider = settings::OAuthProvider::Custom;
        r.imap.oauth.mechanism = mechanism;
        r.imap.oauth.clientId = QStringLiteral("soar-imap-desktop");
        r.imap.oauth.scopes = QStringLiteral("imap offline_access");
        r.imap.oauth.authUrl = m_server.authorizeUrl().toString();
        r.imap.oauth.tokenUrl = m_server.tokenUrl().toString();
        r.fetch.idle = false;
        return r;
    }

    // The interactive sign-in as the resource form runs it, the test playing the browser.
    bool signIn(const settings::ResourceSettings &r)
    {
        const auto config = oauth::OAuthConfig::fromSettings(r.imap.oauth);
        if (!config.ok())
            return false;
        TestBrowser browser;
        oauth::InteractiveSignIn flow(config.value(), QString(), &m_network);
        connect(&flow, &oauth::InteractiveSignIn::openBrowser, &browser, &TestBrowser::visit);
        QSignalSpy finished(&flow, &oauth::InteractiveSignIn::finished);
        flow.start();
        if (!finished.wait(10000) || finished.first().first().value<Error>())
            return false;
        bool saved = false;
        oauth::GrantStore(&m_keychain, r.name)
            .write({flow.tokens().refreshToken, flow.tokens().account}, [&](const common::Result<void> &w) { saved = w.ok(); });
        return QTest::qWaitFor([&] { return saved; }, 5000);
    }

    static bool runOnce(IncomingMailDaemon &daemon, Error *error)
    {
        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.start();
        if (!stopped.wait(30000))
            return false;
        *error = daemon.lastError();
        return true;
    }

    static IncomingMailDaemon::Options once()
    {
        IncomingMailDaemon::Options o;
        o.once = true;
        return o;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        common::Logging::setup({QString(), qEnvironmentVariableIsSet("SOAR_TEST_LOG"), spdlog::level::debug});
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("store.sqlite"))).ok());
        QVERIFY(m_server.listen());
        m_server.setClient(QStringLiteral("soar-imap-desktop"));
        m_server.setClient(QStringLiteral("soar-imap-daemon"), QStringLiteral("daemon-secret"));
        m_server.setAccount(RigEnvironment::kAlice);
        m_server.setAppOnlyAccount(RigEnvironment::kBob);
        QVERIFY2(m_dovecot.start(m_server.introspectionUrl()), qPrintable(m_dovecot.error()));
    }

    void bothMechanismsLogIn_data()
    {
        QTest::addColumn<int>("mechanism");
        QTest::newRow("XOAUTH2") << int(settings::OAuthMechanism::XOAuth2);
        QTest::newRow("OAUTHBEARER") << int(settings::OAuthMechanism::OAuthBearer);
    }

    void bothMechanismsLogIn()
    {
        QFETCH(int, mechanism);
        const auto r = resource(QStringLiteral("mech-%1").arg(mechanism), settings::OAuthMechanism(mechanism));
        QVERIFY(signIn(r));
        const int introspectionsBefore = m_server.introspections();
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, once());
        Error error;
        QVERIFY(runOnce(daemon, &error));
        QVERIFY2(!error, qPrintable(error.toString() + m_dovecot.log().right(1500)));
        QCOMPARE(daemon.lastRun().resource, r.name);
        QVERIFY(daemon.lastRun().error.isEmpty());
        QVERIFY(m_server.introspections() > introspectionsBefore);
        QCOMPARE(m_server.tokenRequests(QStringLiteral("refresh_token")) > 0, true);
    }

    void rejectedTokenIsRenewedOnce()
    {
        const auto r = resource(QStringLiteral("renew"), settings::OAuthMechanism::XOAuth2);
        QVERIFY(signIn(r));
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, once());
        // The server forgets every token between the token request and the login: the first
        // login fails, the daemon fetches one fresh token and the second login succeeds.
        const int refreshesBefore = m_server.tokenRequests(QStringLiteral("refresh_token"));
        bool expired = false;
        const auto connection = connect(&m_server, &OAuthTestServer::tokenIssued, this, [&] {
            if (!expired) {
                expired = true;
                m_server.expireAccessTokens();
            }
        });
        Error error;
        QVERIFY(runOnce(daemon, &error));
        disconnect(connection);
        QVERIFY2(!error, qPrintable(error.toString()));
        QVERIFY(expired);
        QCOMPARE(m_server.tokenRequests(QStringLiteral("refresh_token")), refreshesBefore + 2);
    }

    void revokedSignInPausesWithAlert()
    {
        auto r = resource(QStringLiteral("revoked"), settings::OAuthMechanism::OAuthBearer);
        QVERIFY(signIn(r));
        m_server.revokeRefreshTokens();
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, {});
        DaemonStates states(&daemon);
        daemon.start();
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Paused, 20000);
        QCOMPARE(states.times(IncomingMailDaemon::State::Backoff), 0); // paused at the first failure
        const Error error = daemon.lastError();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY2(error.message.contains(QLatin1String("sign in again")), qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("revoked is paused")));

        // After a new sign-in, resume works without restarting the daemon.
        QVERIFY(signIn(r));
        QSignalSpy runs(&daemon, &IncomingMailDaemon::runFinished);
        daemon.resume();
        QVERIFY(runs.wait(20000));
        QVERIFY(!daemon.lastError());
        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.stop();
        QVERIFY(stopped.wait(10000));
    }

    void tokenRejectedByImapTwicePauses()
    {
        // Dovecot refuses the token even after a renewal (the account lost IMAP access).
        auto r = resource(QStringLiteral("noaccess"), settings::OAuthMechanism::XOAuth2);
        r.imap.username = QStringLiteral("somebody-else");
        QVERIFY(signIn(r));
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, {});
        DaemonStates states(&daemon);
        const int refreshesBefore = m_server.tokenRequests(QStringLiteral("refresh_token"));
        daemon.start();
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Paused, 20000);
        QCOMPARE(m_server.tokenRequests(QStringLiteral("refresh_token")), refreshesBefore + 2);
        QCOMPARE(states.times(IncomingMailDaemon::State::Backoff), 0); // the renewal is no failure
        const Error error = daemon.lastError();
        QVERIFY2(error.message.contains(QLatin1String("AUTHENTICATE XOAUTH2")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("invalid or has expired (status 401")), qPrintable(error.message));
        QVERIFY(!error.message.contains(m_server.lastAccessToken()));
    }

    void appOnlyOpensTheNamedMailbox()
    {
        auto r = resource(QStringLiteral("apponly"), settings::OAuthMechanism::XOAuth2);
        r.imap.oauth.flow = settings::OAuthFlow::ClientCredentials;
        r.imap.oauth.clientId = QStringLiteral("soar-imap-daemon");
        r.imap.oauth.scopes = QStringLiteral("https://imap.example.test/.default");
        r.imap.mailboxAccount = RigEnvironment::kBob;
        m_keychain.entries.insert(settings::SecretKeys::oauthClientSecret(r.name), QStringLiteral("daemon-secret"));
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, once());
        Error error;
        QVERIFY(runOnce(daemon, &error));
        QVERIFY2(!error, qPrintable(error.toString()));
        QVERIFY(m_server.tokenRequests(QStringLiteral("client_credentials")) >= 1);
    }

    // Google Workspace unattended: the service account's signed JWT (RFC 7523) gets a token for
    // the delegated mailbox, and the IMAP server accepts it for exactly that mailbox.
    void serviceAccountOpensTheDelegatedMailbox()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                QStringLiteral("rsa_keygen_bits:2048")});
        QVERIFY(openssl.waitForFinished(60000));
        const QByteArray privateKey = openssl.readAllStandardOutput();
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubout")});
        openssl.write(privateKey);
        openssl.closeWriteChannel();
        QVERIFY(openssl.waitForFinished(60000));
        const QString account = QStringLiteral("soar-imap@soc.iam.gserviceaccount.com");
        m_server.setServiceAccount(account, openssl.readAllStandardOutput());
        QFile key(m_dir.filePath(QStringLiteral("service-account.json")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(QJsonDocument(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("service_account")}, {QStringLiteral("client_email"), account},
                {QStringLiteral("private_key"), QString::fromLatin1(privateKey)},
                {QStringLiteral("token_uri"), m_server.tokenUrl().toString()}})
                      .toJson());
        key.close();
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        auto r = resource(QStringLiteral("workspace"), settings::OAuthMechanism::XOAuth2);
        r.imap.oauth.provider = settings::OAuthProvider::Google;
        r.imap.oauth.flow = settings::OAuthFlow::ServiceAccount;
        r.imap.oauth.clientId.clear();
        r.imap.oauth.scopes.clear();
        r.imap.oauth.authUrl.clear();
        r.imap.oauth.tokenUrl.clear(); // the key file names it
        r.imap.oauth.keyFile = key.fileName();
        r.imap.username = RigEnvironment::kBob; // the delegated mailbox (the rig's users have no domain)
        QVERIFY2(settings::SettingsValidator::validate(r).isEmpty(),
            qPrintable(settings::SettingsIssue::joined(settings::SettingsValidator::validate(r))));
        SettingsTester tester(r, &m_secrets);
        QSignalSpy finished(&tester, &SettingsTester::finished);
        tester.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(QString::fromUtf8(QJsonDocument(tester.stepsJson()).toJson())));
        QCOMPARE(m_server.lastAssertionClaims().value(QStringLiteral("sub")).toString(), RigEnvironment::kBob);
        QVERIFY(tester.steps().first().message.contains(RigEnvironment::kBob));
    }

    void testSavedSettingsReportsTheOAuthStep()
    {
        const auto r = resource(QStringLiteral("tester"), settings::OAuthMechanism::OAuthBearer);
        QVERIFY(signIn(r));
        SettingsTester tester(r, &m_secrets);
        QSignalSpy finished(&tester, &SettingsTester::finished);
        tester.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(QString::fromUtf8(QJsonDocument(tester.stepsJson()).toJson())));
        const SettingsTester::Step first = tester.steps().first();
        QCOMPARE(first.id, QStringLiteral("oauth"));
        QVERIFY(first.ok);
        QVERIFY2(
            first.message.contains(QLatin1String("access token obtained for alice, valid until")), qPrintable(first.message));
        QVERIFY(first.message.contains(QLatin1String("(60 minutes)")) || first.message.contains(QLatin1String("(59 minutes)")));
        QStringList ids;
        for (const auto &step : tester.steps())
            ids << step.id;
        QVERIFY(ids.contains(QStringLiteral("login")));
        QVERIFY(!ids.contains(QStringLiteral("password")));
    }

    void testSavedSettingsWithoutSignIn()
    {
        const auto r = resource(QStringLiteral("never-signed-in"), settings::OAuthMechanism::XOAuth2);
        SettingsTester tester(r, &m_secrets);
        QSignalSpy finished(&tester, &SettingsTester::finished);
        tester.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(tester.steps().size(), 1);
        QCOMPARE(tester.steps().first().id, QStringLiteral("oauth"));
        QVERIFY(tester.steps().first().message.contains(QLatin1String("press Sign in")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthDaemon)
#include "tst_oauthdaemon.moc"
