#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

namespace soar::test {

// A local OAuth 2.0 authorization server for tests, on 127.0.0.1 at a port chosen by the OS:
//   GET  /authorize   signs in setAccount() at once and redirects to redirect_uri with code+state
//   POST /token       authorization_code (PKCE S256 checked), refresh_token (rotated),
//                     client_credentials; RFC 6749 errors otherwise
//   POST /introspect  RFC 7662 for Dovecot's oauth2 passdb: {"active":..., "username":...}
//   POST /devicecode  RFC 8628 device authorization; the token endpoint then answers the
//                     device_code grant with the scripted setDeviceAnswers()
//   POST /token       also urn:ietf:params:oauth:grant-type:jwt-bearer (RFC 7523): the JWT's
//                     RS256 signature is verified with the service account's public key
// Paths match by their end, so Microsoft's /{tenant}/oauth2/v2.0/token works as well.
// Switches make it revoke refresh tokens or forget access tokens, as a real provider does.
class OAuthTestServer : public QObject {
    Q_OBJECT
public:
    explicit OAuthTestServer(QObject *parent = nullptr);

    bool listen();
    QUrl url(const QString &path) const;
    QUrl authorizeUrl() const { return url(QStringLiteral("/authorize")); }
    QUrl tokenUrl() const { return url(QStringLiteral("/token")); }
    QUrl introspectionUrl() const { return url(QStringLiteral("/introspect")); }

    void setClient(const QString &clientId, const QString &clientSecret = QString());
    void setAccount(const QString &account) { m_account = account; } // who signs in in the "browser"
    void setAppOnlyAccount(const QString &account) { m_appOnlyAccount = account; } // whom app tokens open
    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    void setDenyAuthorization(bool deny) { m_deny = deny; }
    // Like Microsoft when offline_access is not granted: sign-ins get no refresh token.
    void setWithholdRefreshTokens(bool withhold) { m_withholdRefresh = withhold; }
    // A refresh token as an earlier interactive sign-in of `account` would have left it.
    QString grantRefreshToken(const QString &account);
    // Every refresh token issued so far answers invalid_grant from now on.
    void revokeRefreshTokens() { m_refreshTokens.clear(); }
    // Every access token issued so far is inactive for introspection.
    void expireAccessTokens() { m_accessTokens.clear(); }

    // Device flow: what each poll of the token endpoint answers, in order ("authorization_pending",
    // "slow_down", "expired_token", "access_denied" or "grant"); the last one repeats.
    void setDeviceAnswers(const QStringList &answers) { m_deviceAnswers = answers; }
    void setDeviceInterval(int seconds) { m_deviceInterval = seconds; }
    static QString userCode() { return QStringLiteral("WDJB-MJHT"); } // RFC 8628's example
    QUrl verificationUrl() const { return url(QStringLiteral("/device")); }
    // Milliseconds from the device authorization to each poll.
    const QList<qint64> &devicePolls() const { return m_devicePolls; }
    // The tenant of the last Microsoft-style request (/{tenant}/oauth2/v2.0/...).
    const QString &lastTenant() const { return m_lastTenant; }

    // Service accounts: the JWT bearer grant is accepted when signed by this key's pair.
    void setServiceAccount(const QString &clientEmail, const QByteArray &publicKeyPem);
    // The claims of the last verified assertion.
    const QJsonObject &lastAssertionClaims() const { return m_lastClaims; }

    int tokenRequests(const QString &grantType) const { return m_grantCounts.value(grantType); }
    int introspections() const { return m_introspections; }
    const QUrlQuery &lastAuthorizeQuery() const { return m_lastAuthorize; }
    const QUrlQuery &lastTokenForm() const { return m_lastTokenForm; }
    QString lastAccessToken() const { return m_lastAccessToken; }
    QString lastRefreshToken() const { return m_lastRefreshToken; }

signals:
    // An access token was issued (before the answer is sent).
    void tokenIssued(const QString &accessToken);

private:
    struct PendingCode {
        QString clientId, redirectUri, challenge, scope;
    };
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray location;
    };

    void onConnection();
    Response handle(const QByteArray &method, const QByteArray &target, const QByteArray &body);
    Response authorize(const QUrlQuery &query);
    Response token(const QUrlQuery &form);
    Response introspect(const QUrlQuery &form);
    Response deviceAuthorization(const QUrlQuery &form);
    Response deviceToken(const QUrlQuery &form);
    Response jwtBearer(const QUrlQuery &form);
    Response issueTokens(const QString &account, const QString &scope, bool withRefresh);
    static Response oauthError(int status, const QString &code, const QString &description);

    QTcpServer m_server;
    QHash<QString, QString> m_clients; // id -> secret (empty: public client)
    QString m_account = QStringLiteral("alice");
    QString m_appOnlyAccount = QStringLiteral("alice");
    int m_lifetime = 3600;
    bool m_deny = false;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, QString> m_refreshTokens; // token -> account
    bool m_withholdRefresh = false;
    QHash<QString, QString> m_accessTokens; // token -> account
    QHash<QString, int> m_grantCounts;
    int m_introspections = 0;
    QUrlQuery m_lastAuthorize;
    QUrlQuery m_lastTokenForm;
    QString m_lastAccessToken;
    QString m_lastRefreshToken;
    QStringList m_deviceAnswers {QStringLiteral("grant")};
    int m_deviceInterval = 1;
    QString m_deviceCode;
    QString m_deviceScope;
    QElapsedTimer m_deviceClock;
    QList<qint64> m_devicePolls;
    QString m_lastTenant;
    QString m_serviceAccount;
    QByteArray m_serviceAccountKey;
    QJsonObject m_lastClaims;
};

} // namespace soar::test
