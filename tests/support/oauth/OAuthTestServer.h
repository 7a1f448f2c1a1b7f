#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

namespace soar::test {

// A local OAuth 2.0 authorization server for tests, on 127.0.0.1 at a port chosen by the OS:
//   GET  /authorize   signs in setAccount() at once and redirects to redirect_uri with code+state
//   POST /token       authorization_code (PKCE S256 checked), refresh_token (rotated),
//                     client_credentials; RFC 6749 errors otherwise
//   POST /introspect  RFC 7662 for Dovecot's oauth2 passdb: {"active":..., "username":...}
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
    // A refresh token as an earlier interactive sign-in of `account` would have left it.
    QString grantRefreshToken(const QString &account);
    // Every refresh token issued so far answers invalid_grant from now on.
    void revokeRefreshTokens() { m_refreshTokens.clear(); }
    // Every access token issued so far is inactive for introspection.
    void expireAccessTokens() { m_accessTokens.clear(); }

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
    QHash<QString, QString> m_accessTokens; // token -> account
    QHash<QString, int> m_grantCounts;
    int m_introspections = 0;
    QUrlQuery m_lastAuthorize;
    QUrlQuery m_lastTokenForm;
    QString m_lastAccessToken;
    QString m_lastRefreshToken;
};

} // namespace soar::test
