#include "OAuthTestServer.h"
#include "TestBrowser.h"

#include "oauth/InteractiveSignIn.h"
#include "oauth/Pkce.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace soar::oauth;
using soar::common::Error;
using soar::test::OAuthTestServer;
using soar::test::TestBrowser;

// The authorization code flow with PKCE against the local authorization server; the test plays
// the browser by following the authorize redirect to the loopback listener.
class TestInteractiveSignIn : public QObject {
    Q_OBJECT
private:
    OAuthConfig config(const OAuthTestServer &server) const
    {
        OAuthConfig c;
        c.authorizationUrl = server.authorizeUrl();
        c.tokenUrl = server.tokenUrl();
        c.clientId = QStringLiteral("desktop-app");
        c.scopes = {QStringLiteral("imap"), QStringLiteral("offline_access")};
        c.extraAuthorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")}};
        return c;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<OAuthTestServer> m_server; // listening, client "desktop-app" without a secret

    // A sign-in whose browser follows the redirect: how often it finished, the first error, and
    // the access token it kept.
    struct Outcome {
        qsizetype finishedCount = 0;
        Error error;
        QString accessToken;
    };
    Outcome signInThroughBrowser(const OAuthTestServer &server)
    {
        TestBrowser browser;
        InteractiveSignIn signIn(config(server), QString(), &m_network);
        connect(&signIn, &InteractiveSignIn::openBrowser, &browser, &TestBrowser::visit);
        QSignalSpy finished(&signIn, &InteractiveSignIn::finished);
        signIn.start();
        if (!finished.wait(10000))
            return {};
        return {finished.size(), finished.first().first().value<Error>(), signIn.tokens().accessToken};
    }

private slots:
    void init()
    {
        m_server = std::make_unique<OAuthTestServer>();
        QVERIFY(m_server->listen());
        m_server->setClient(QStringLiteral("desktop-app"));
    }
    void cleanup() { m_server.reset(); }

    void signsInEndToEnd_data()
    {
        QTest::addColumn<QString>("clientSecret");
        QTest::newRow("public client (Microsoft desktop app)") << QString();
        QTest::newRow("client with secret (Google desktop app)") << QStringLiteral("not+so&secret");
    }

    void signsInEndToEnd()
    {
        QFETCH(QString, clientSecret);
        OAuthTestServer &server = *m_server;
        server.setClient(QStringLiteral("desktop-app"), clientSecret);
        server.setAccount(QStringLiteral("analyst@example.test"));
        TestBrowser browser;
        InteractiveSignIn signIn(config(server), clientSecret, &m_network);
        signIn.setLoginHint(QStringLiteral("analyst@example.test"));
        connect(&signIn, &InteractiveSignIn::openBrowser, &browser, &TestBrowser::visit);
        QSignalSpy progress(&signIn, &InteractiveSignIn::progress);
        QSignalSpy finished(&signIn, &InteractiveSignIn::finished);
        QSignalSpy loaded(&browser, &TestBrowser::loaded);
        signIn.start();
        QVERIFY(signIn.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(signIn.tokens().accessToken, server.lastAccessToken());
        QCOMPARE(signIn.tokens().refreshToken, server.lastRefreshToken());
        QCOMPARE(signIn.tokens().account, QStringLiteral("analyst@example.test"));
        QVERIFY(signIn.tokens().expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

        // What went over the wire: PKCE S256, the loopback redirect, the scopes and the hint.
        const QUrlQuery authorize = server.lastAuthorizeQuery();
        QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(authorize.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("imap offline_access"));
        QCOMPARE(
            authorize.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), QStringLiteral("analyst@example.test"));
        QCOMPARE(authorize.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), signIn.redirectUri());
        const QUrlQuery form = server.lastTokenForm();
        const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
        QCOMPARE(verifier.size(), 43);
        QCOMPARE(QString::fromLatin1(Pkce::challengeFor(verifier)), authorize.queryItemValue(QStringLiteral("code_challenge")));
        QCOMPARE(server.tokenRequests(QStringLiteral("authorization_code")), 1);

        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), 200);
        QVERIFY(browser.lastPage().contains("You can close this page"));
        QVERIFY(progress.size() >= 2);
    }

    void deniedConsentIsReported()
    {
        OAuthTestServer &server = *m_server;
        server.setDenyAuthorization(true);
        const Outcome outcome = signInThroughBrowser(server);
        QCOMPARE(outcome.finishedCount, 1);
        const Error &error = outcome.error;
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY2(error.message.contains(QLatin1String("The user declined consent")), qPrintable(error.message));
        QCOMPARE(server.tokenRequests(QStringLiteral("authorization_code")), 0);
    }

    void signInWithoutRefreshTokenIsRefused()
    {
        // It would work for an hour and then need a new sign-in: say which scope is missing.
        OAuthTestServer &server = *m_server;
        server.setWithholdRefreshTokens(true);
        const Outcome outcome = signInThroughBrowser(server);
        QCOMPARE(outcome.finishedCount, 1);
        const Error &error = outcome.error;
        QCOMPARE(error.kind, Error::Kind::Config);
        QCOMPARE(error.message,
            QStringLiteral("The provider issued no refresh token, so the sign-in would end within the hour; "
                           "add offline_access (Microsoft) to imap.oauth.scopes."));
        QCOMPARE(server.tokenRequests(QStringLiteral("authorization_code")), 1);
        QVERIFY(outcome.accessToken.isEmpty());
    }

    void foreignCallbackIsIgnored()
    {
        // Anything on this machine may call the loopback port; without our state it is ignored.
        OAuthTestServer &server = *m_server;
        InteractiveSignIn signIn(config(server), QString(), &m_network);
        QSignalSpy finished(&signIn, &InteractiveSignIn::finished);
        signIn.start();
        TestBrowser intruder;
        QSignalSpy loaded(&intruder, &TestBrowser::loaded);
        intruder.visit(QUrl(signIn.redirectUri() + QStringLiteral("?code=stolen&state=guess")));
        QVERIFY(loaded.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
        QCOMPARE(server.tokenRequests(QStringLiteral("authorization_code")), 0);
        signIn.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<Error>().kind, Error::Kind::Cancelled);
    }

    void timesOutWithoutBrowser()
    {
        OAuthTestServer &server = *m_server;
        OAuthConfig quick = config(server);
        quick.browserTimeout = std::chrono::milliseconds(50);
        InteractiveSignIn signIn(quick, QString(), &m_network);
        QSignalSpy finished(&signIn, &InteractiveSignIn::finished);
        signIn.start();
        QVERIFY(finished.wait(5000));
        const Error error = finished.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Timeout);
        QVERIFY(error.message.contains(QLatin1String("press Sign in")));
    }
};

QTEST_GUILESS_MAIN(TestInteractiveSignIn)
#include "tst_interactivesignin.moc"
