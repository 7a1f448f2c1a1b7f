#pragma once

#include "common/Result.h"
#include "oauth/OAuthConfig.h"
#include "oauth/Pkce.h"
#include "oauth/TokenResponse.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

class QNetworkAccessManager;
class QOAuthHttpServerReplyHandler;

namespace soar::oauth {

class TokenEndpoint;

// Authorization code flow with PKCE (RFC 7636) and a loopback redirect on 127.0.0.1 at a random
// port (RFC 8252). The core never opens a browser: it emits openBrowser() and the UI does.
// finished() is emitted exactly once.
class InteractiveSignIn : public QObject {
    Q_OBJECT
public:
    InteractiveSignIn(OAuthConfig config, QString clientSecret, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~InteractiveSignIn() override;

    // Optional: pre-fills the account on the provider's sign-in page.
    void setLoginHint(const QString &account) { m_loginHint = account; }
    void start();
    void cancel();

    // Valid after start(): where the browser comes back to.
    const QString &redirectUri() const { return m_redirectUri; }
    const TokenResponse &tokens() const { return m_tokens; }

signals:
    void openBrowser(const QUrl &url);
    void progress(const QString &message);
    // On success, tokens() holds the result.
    void finished(const soar::common::Error &error);

private:
    void onCallback(const QVariantMap &values);
    void finish(const common::Result<TokenResponse> &result);
    QUrl authorizationUrl() const;

    OAuthConfig m_config;
    QString m_clientSecret;
    QString m_loginHint;
    Pkce m_pkce;
    QByteArray m_state;
    QString m_redirectUri;
    QOAuthHttpServerReplyHandler *m_replyHandler = nullptr;
    TokenEndpoint *m_endpoint = nullptr;
    QTimer m_timeout;
    TokenResponse m_tokens;
    bool m_exchanging = false;
    bool m_done = false;
};

} // namespace soar::oauth
