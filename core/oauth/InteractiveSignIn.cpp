#include "oauth/InteractiveSignIn.h"

#include "oauth/TokenEndpoint.h"

#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace soar::oauth {

using common::Error;

InteractiveSignIn::InteractiveSignIn(OAuthConfig config, QString clientSecret, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clientSecret(std::move(clientSecret)), m_state(Pkce::randomToken()),
      m_endpoint(new TokenEndpoint(network, systemClock, this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_config.browserTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error(Error::Kind::Timeout,
            QStringLiteral("The sign-in was not completed in the browser within %1 minutes; press Sign in to try again.")
                .arg(m_timeout.interval() / 60000.0)));
    });
}

InteractiveSignIn::~InteractiveSignIn() = default;

QUrl InteractiveSignIn::authorizationUrl() const
{
    QUrl url = m_config.authorizationUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri());
    query.addQueryItem(QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge()));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), m_loginHint);
    for (const auto &[key, value] : m_config.extraAuthorizationParameters)
        query.addQueryItem(key, value);
    // Encode in full: a '+' or '&' must not change meaning on the way to the provider.
    QUrlQuery encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(encoded);
    return url;
}

void InteractiveSignIn::start()
{
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replyHandler->isListening()) {
        finish(Error(Error::Kind::Network,
            QStringLiteral("Could not listen on 127.0.0.1 for the browser's answer; is a firewall blocking local ports?")));
        return;
    }
    m_redirectUri = m_replyHandler->callback(); // the port is gone once the handler closes
    m_replyHandler->setCallbackText(
        QStringLiteral("soar-imap received the sign-in. You can close this page and return to the application."));
    connect(m_replyHandler, &QOAuthHttpServerReplyHandler::callbackReceived, this, &InteractiveSignIn::onCallback);
    m_timeout.start();
    emit progress(tr("Waiting for the sign-in in the browser…"));
    emit openBrowser(authorizationUrl());
}

void InteractiveSignIn::cancel()
{
    finish(Error(Error::Kind::Cancelled, QStringLiteral("The sign-in was cancelled.")));
}

void InteractiveSignIn::onCallback(const QVariantMap &values)
{
    if (m_done || m_exchanging)
        return;
    // Anything on this machine can call the loopback port: only the answer to our request counts.
    if (values.value(QStringLiteral("state")).toString().toLatin1() != m_state)
        return;
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = QUrl::fromPercentEncoding(values.value(QStringLiteral("error_description")).toByteArray());
        finish(Error(Error::Kind::Auth,
            QStringLiteral("The provider did not grant access: %1. Check that the account may use the app and try again.")
                .arg(description.isEmpty() ? error : description),
            error));
        return;
    }
    const QString code = QUrl::fromPercentEncoding(values.value(QStringLiteral("code")).toByteArray());
    if (code.isEmpty()) {
        finish(Error(Error::Kind::Protocol, QStringLiteral("The browser came back without an authorization code.")));
        return;
    }
    m_exchanging = true;
    emit progress(tr("Signed in in the browser; fetching the tokens…"));
    m_endpoint->post(m_config.tokenUrl,
        TokenEndpoint::authorizationCodeForm(m_config.clientId, m_clientSecret, code, redirectUri(), m_pkce.verifier()),
        [this](const common::Result<TokenResponse> &result) { finish(TokenResponse::requireRefreshToken(result)); });
}

void InteractiveSignIn::finish(const common::Result<TokenResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_replyHandler)
        m_replyHandler->close();
    if (result.ok())
        m_tokens = result.value();
    emit finished(result.ok() ? Error() : result.error());
}

} // namespace soar::oauth
