// Interop: an OAuth 2.0 server not written here (oauth2-mock-server from npm, pinned in
// tests/rig/oauth2-mock/package-lock.json, installed by scripts/deps with npm ci) issues RS256
// JWT access tokens, and a Dovecot of the test's own validates them itself (local validation
// with the server's public key, username from "sub"). soar-imap signs in against it with
// client credentials, with the authorization code flow and PKCE (the test plays the browser),
// and renews with the refresh token; a token the server did not sign is refused by Dovecot.
#include "FakeKeychain.h"
#include "OAuthDovecot.h"
#include "RigEnvironment.h"
#include "TestBrowser.h"

#include "common/Logging.h"
#include "daemon/SettingsTester.h"
#include "oauth/GrantStore.h"
#include "oauth/InteractiveSignIn.h"
#include "oauth/OAuthConfig.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using daemon::SettingsTester;
using soar::common::Error;
using soar::test::FakeKeychain;
using soar::test::OAuthDovecot;
using soar::test::RigEnvironment;
using soar::test::TestBrowser;

class TestOAuthInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_issuer;
    OAuthDovecot m_dovecot;
    FakeKeychain m_keychain;
    settings::SecretResolver m_secrets {&m_keychain};
    QNetworkAccessManager m_network;

    static QString mockDir() { return QDir::cleanPath(QStringLiteral(SOAR_TEST_DATA_DIR "/../rig/oauth2-mock")); }

    settings::ResourceSettings resource(const QString &name) const
    {
        settings::ResourceSettings r;
        r.name = name;
        r.imap.host = RigEnvironment::host();
        r.imap.port = m_dovecot.port();
        r.imap.security = settings::ImapSecurity::Tls;
        r.imap.caFile = RigEnvironment::caFile();
        r.imap.username = RigEnvironment::kAlice;
        r.imap.auth = settings::ImapAuth::OAuth2;
        r.imap.oauth.provider = settings::OAuthProvider::Custom;
        r.imap.oauth.clientId = QStringLiteral("soar-imap-interop");
        r.imap.oauth.scopes = QStringLiteral("imap offline_access");
        r.imap.oauth.authUrl = m_issuer + QStringLiteral("/authorize");
        r.imap.oauth.tokenUrl = m_issuer + QStringLiteral("/token");
        return r;
    }

    // Test Saved Settings; on failure the message names the step and Dovecot's log.
    bool testSettings(const settings::ResourceSettings &r, QString *failure)
    {
        SettingsTester tester(r, &m_secrets);
        QSignalSpy finished(&tester, &SettingsTester::finished);
        tester.start();
        if (!finished.wait(30000)) {
            *failure = QStringLiteral("Test Saved Settings did not finish");
            return false;
        }
        *failure = QString::fromUtf8(QJsonDocument(tester.stepsJson()).toJson());
        const bool ok = finished.first().first().toBool();
        if (!ok) // QTest shortens long messages: Dovecot's reason goes to the test's output in full
            qWarning().noquote() << "Dovecot log:" << m_dovecot.log().right(3000);
        return ok;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        common::Logging::setup({QString(), qEnvironmentVariableIsSet("SOAR_TEST_LOG"), spdlog::level::debug});
        QVERIFY2(QDir(mockDir() + QStringLiteral("/node_modules/oauth2-mock-server")).exists(),
            "oauth2-mock-server is not installed: run scripts/deps (npm ci in tests/rig/oauth2-mock)");
        const QString keys = m_dir.filePath(QStringLiteral("keys"));
        // Dovecot's auth process reads the public keys as its own user; they are not secret.
        QVERIFY(QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral("node"), {mockDir() + QStringLiteral("/server.mjs"), keys, RigEnvironment::kAlice});
        QVERIFY(m_server.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return m_server.canReadLine() || m_server.state() != QProcess::Running; }, 30000));
        m_issuer = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(m_issuer.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_issuer));
        QVERIFY2(m_dovecot.startWithLocalKeys(keys), qPrintable(m_dovecot.error()));
    }

    void cleanupTestCase()
    {
        m_server.closeWriteChannel(); // the server stops when its stdin closes
        if (!m_server.waitForFinished(10000))
            m_server.kill();
    }

    void clientCredentials()
    {
        auto r = resource(QStringLiteral("interop-apponly"));
        r.imap.oauth.flow = settings::OAuthFlow::ClientCredentials;
        r.imap.oauth.scopes = QStringLiteral("imap");
        m_keychain.entries.insert(settings::SecretKeys::oauthClientSecret(r.name), QStringLiteral("interop-secret"));
        QString failure;
        QVERIFY2(testSettings(r, &failure), qPrintable(failure));
    }

    void authorizationCodeWithPkceThenRefresh()
    {
        const auto r = resource(QStringLiteral("interop-interactive"));
        const auto config = oauth::OAuthConfig::fromSettings(r.imap.oauth);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        TestBrowser browser;
        oauth::InteractiveSignIn flow(config.value(), QString(), &m_network);
        connect(&flow, &oauth::InteractiveSignIn::openBrowser, &browser, &TestBrowser::visit);
        QSignalSpy finished(&flow, &oauth::InteractiveSignIn::finished);
        flow.start();
        QVERIFY(finished.wait(15000));
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.toString()));
        QVERIFY(!flow.tokens().refreshToken.isEmpty());
        QCOMPARE(flow.tokens().accessToken.count(QLatin1Char('.')), 2); // a JWT, validated by Dovecot below
        bool saved = false;
        oauth::GrantStore(&m_keychain, r.name).write({flow.tokens().refreshToken, QString()}, [&](const common::Result<void> &w) {
            saved = w.ok();
        });
        QTRY_VERIFY(saved);
        // Test Saved Settings renews with the refresh token, then logs in with the new JWT.
        QString failure;
        QVERIFY2(testSettings(r, &failure), qPrintable(failure));
    }

    void aTokenTheServerDidNotSignIsRefused()
    {
        auto r = resource(QStringLiteral("interop-forged"));
        r.imap.auth = settings::ImapAuth::XOAuth2; // the password is the bearer token itself
        r.imap.oauth = {};
        const auto b64 = [](const QByteArray &data) {
            return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // The server's own key id, so that only the signature is wrong.
        const QStringList kids = QDir(m_dir.filePath(QStringLiteral("keys/default/RS256"))).entryList(QDir::Files);
        QCOMPARE(kids.size(), 1);
        const QByteArray forged = b64(QStringLiteral(R"({"alg":"RS256","typ":"JWT","kid":"%1"})").arg(kids.first()).toUtf8())
            + '.'
            + b64(QStringLiteral(R"({"sub":"%1","iat":%2,"nbf":%2,"exp":%3})")
                      .arg(RigEnvironment::kAlice)
                      .arg(now)
                      .arg(now + 600)
                      .toUtf8())
            + '.' + b64(QByteArray(256, 'x'));
        m_keychain.entries.insert(settings::SecretKeys::imapPassword(r.name), QString::fromLatin1(forged));
        QString failure;
        QVERIFY(!testSettings(r, &failure));
        QVERIFY2(failure.contains(QLatin1String("\"login\"")), qPrintable(failure));
        QVERIFY2(m_dovecot.log().contains(QLatin1String("Local validation failed: Bad signature")), qPrintable(m_dovecot.log()));
    }
};

QTEST_GUILESS_MAIN(TestOAuthInterop)
#include "tst_oauthinterop.moc"
