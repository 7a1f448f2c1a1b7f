#include "FakeKeychain.h"
#include "OAuthTestServer.h"

#include "common/Redactor.h"
#include "oauth/GrantStore.h"
#include "oauth/TokenProvider.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace soar::oauth;
using soar::common::Error;
using soar::common::Result;
using soar::settings::OAuthFlow;
using soar::settings::OAuthProvider;
using soar::settings::ResourceSettings;
using soar::settings::SecretKeys;
using soar::settings::SecretResolver;
using soar::test::FakeKeychain;
using soar::test::OAuthTestServer;

// Access tokens for IMAP: cached, renewed before expiry (injected clock) with the refresh token
// from the keychain, which is rotated and saved back; app-only tokens from the client secret;
// "sign in again" once the refresh token is revoked.
class TestTokenProvider : public QObject {
    Q_OBJECT
private:
    struct Harness {
        OAuthTestServer server;
        FakeKeychain keychain;
        SecretResolver secrets {&keychain};
        QNetworkAccessManager network;
        QDateTime now = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
        ResourceSettings resource;
        std::unique_ptr<TokenProvider> provider;

        explicit Harness(OAuthFlow flow, const QString &clientSecret = QString())
        {
            server.listen();
            server.setClient(QStringLiteral("app"), clientSecret);
            resource.name = QStringLiteral("soc");
            resource.imap.auth = soar::settings::ImapAuth::OAuth2;
            resource.imap.oauth.provider = OAuthProvider::Custom;
            resource.imap.oauth.flow = flow;
            resource.imap.oauth.clientId = QStringLiteral("app");
            resource.imap.oauth.scopes = QStringLiteral("imap offline_access");
            resource.imap.oauth.authUrl = server.authorizeUrl().toString();
            resource.imap.oauth.tokenUrl = server.tokenUrl().toString();
            if (!clientSecret.isEmpty())
                keychain.entries.insert(SecretKeys::oauthClientSecret(QStringLiteral("soc")), clientSecret);
            provider = std::make_unique<TokenProvider>(resource, &secrets, &network, [this] { return now; });
        }

        void signIn(const QString &account)
        {
            keychain.entries.insert(SecretKeys::oauthGrant(QStringLiteral("soc")),
                GrantStore::serialize({server.grantRefreshToken(account), account}));
        }

        OAuthGrant storedGrant() const
        {
            return GrantStore::deserialize(keychain.entries.value(SecretKeys::oauthGrant(QStringLiteral("soc")))).value();
        }

        Result<AccessToken> get()
        {
            std::optional<Result<AccessToken>> result;
            provider->accessToken([&](const Result<AccessToken> &r) { result = r; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
                return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
            return *result;
        }
    };

private slots:

    void notSignedInAsksForSignIn()
    {
        Harness h(OAuthFlow::Interactive);
        const auto token = h.get();
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, Error::Kind::Auth);
        QVERIFY(token.error().message.contains(QLatin1String("Sign in")));
        QCOMPARE(h.server.tokenRequests(QStringLiteral("refresh_token")), 0);
    }

    void refreshesBeforeExpiryAndSavesRotatedToken()
    {
        Harness h(OAuthFlow::Interactive);
        h.server.setAccessTokenLifetime(3600);
        h.signIn(QStringLiteral("analyst@example.test"));
        const QString firstRefresh = h.storedGrant().refreshToken;

        const auto first = h.get();
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        QCOMPARE(first.value().token, h.server.lastAccessToken());
        QCOMPARE(first.value().account, QStringLiteral("analyst@example.test"));
        QCOMPARE(first.value().expiresAt, h.now.addSecs(3600));
        QCOMPARE(h.server.tokenRequests(QStringLiteral("refresh_token")), 1);
        // Rotated: the keychain holds the new refresh token, the old one is used up.
        QCOMPARE(h.storedGrant().refreshToken, h.server.lastRefreshToken());
        QVERIFY(h.storedGrant().refreshToken != firstRefresh);
        QVERIFY(soar::common::Redactor::scrub(QStringLiteral("t=") + first.value().token).contains(QLatin1String("<redacted>")));

        // Fifty minutes later the cached token is still good: no request.
        h.now = h.now.addSecs(50 * 60);
        QCOMPARE(h.get().value().token, first.value().token);
        QCOMPARE(h.server.tokenRequests(QStringLiteral("refresh_token")), 1);

        // Within the five-minute margin before expiry it is renewed.
        h.now = h.now.addSecs(6 * 60);
        const auto second = h.get();
        QVERIFY(second.ok());
        QVERIFY(second.value().token != first.value().token);
        QCOMPARE(h.server.tokenRequests(QStringLiteral("refresh_token")), 2);
    }

    void invalidateFetchesANewToken()
    {
        Harness h(OAuthFlow::Interactive);
        h.signIn(QStringLiteral("analyst@example.test"));
        const auto first = h.get();
        QVERIFY(first.ok());
        h.provider->invalidate();
        const auto second = h.get();
        QVERIFY(second.ok());
        QVERIFY(second.value().token != first.value().token);
        QCOMPARE(h.server.tokenRequests(QStringLiteral("refresh_token")), 2);
    }

    void concurrentRequestsShareOneRefresh()
    {
        Harness h(OAuthFlow::Interactive);
        h.signIn(QStringLiteral("analyst@example.test"));
        int answers = 0;
        h.provider->accessToken([&](const Result<AccessToken> &r) { answers += r.ok(); });
        h.provider->accessToken([&](const Result<AccessToken> &r) { answers += r.ok(); });
        QTRY_COMPARE(answers, 2);
        QCOMPARE(h.server.tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    void revokedRefreshTokenAsksToSignInAgain()
    {
        Harness h(OAuthFlow::Interactive);
        h.signIn(QStringLiteral("analyst@example.test"));
        h.server.revokeRefreshTokens();
        const auto token = h.get();
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, Error::Kind::Auth);
        QVERIFY2(token.error().message.contains(QLatin1String("sign in again")), qPrintable(token.error().message));
        QVERIFY(token.error().detail.contains(QLatin1String("AADSTS70008")));
        QVERIFY(!h.get().ok()); // nothing stale is handed out afterwards
    }

    void clientCredentials()
    {
        Harness h(OAuthFlow::ClientCredentials, QStringLiteral("s3cr+t&x"));
        h.server.setAppOnlyAccount(QStringLiteral("shared@example.test"));
        const auto token = h.get();
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(token.value().token, h.server.lastAccessToken());
        QCOMPARE(h.server.tokenRequests(QStringLiteral("client_credentials")), 1);
        QCOMPARE(h.server.lastTokenForm().queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("imap offline_access"));
        QCOMPARE(h.keychain.writes, 0); // nothing to keep: app-only has no refresh token
    }

    void clientCredentialsWithoutSecret()
    {
        Harness h(OAuthFlow::ClientCredentials);
        const auto token = h.get();
        QCOMPARE(token.error().kind, Error::Kind::Config);
        QVERIFY(token.error().message.contains(QLatin1String("SOAR_IMAP_OAUTH_CLIENT_SECRET")));
        QCOMPARE(h.server.tokenRequests(QStringLiteral("client_credentials")), 0);
    }

    void wrongClientSecretIsAConfigurationError()
    {
        Harness h(OAuthFlow::ClientCredentials, QStringLiteral("right"));
        h.keychain.entries.insert(SecretKeys::oauthClientSecret(QStringLiteral("soc")), QStringLiteral("wrong"));
        const auto token = h.get();
        QCOMPARE(token.error().kind, Error::Kind::Config);
        QVERIFY(token.error().message.contains(QLatin1String("client secret")));
    }

    void unreachableServer()
    {
        Harness h(OAuthFlow::ClientCredentials, QStringLiteral("x"));
        h.resource.imap.oauth.tokenUrl = QStringLiteral("http://127.0.0.1:1/token");
        h.provider = std::make_unique<TokenProvider>(h.resource, &h.secrets, &h.network);
        const auto token = h.get();
        QCOMPARE(token.error().kind, Error::Kind::Network);
        QVERIFY(token.error().message.contains(QLatin1String("Could not reach the sign-in server 127.0.0.1")));
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
