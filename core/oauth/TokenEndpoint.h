#pragma once

#include "common/Result.h"
#include "oauth/Clock.h"
#include "oauth/TokenResponse.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace soar::oauth {

// POSTs one grant to the token endpoint (RFC 6749 section 4) and reports the parsed answer.
// Secrets go in the form body only and never into a log line.
class TokenEndpoint : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const common::Result<TokenResponse> &)>;

    TokenEndpoint(QNetworkAccessManager *network, Clock clock = systemClock, QObject *parent = nullptr);

    void post(const QUrl &tokenUrl, const QUrlQuery &form, Callback done);

    static QUrlQuery authorizationCodeForm(const QString &clientId, const QString &clientSecret, const QString &code,
        const QString &redirectUri, const QByteArray &verifier);
    static QUrlQuery refreshForm(
        const QString &clientId, const QString &clientSecret, const QString &refreshToken, const QStringList &scopes);
    static QUrlQuery clientCredentialsForm(const QString &clientId, const QString &clientSecret, const QStringList &scopes);

    static constexpr int kTimeoutMs = 30000;

private:
    QNetworkAccessManager *m_network;
    Clock m_clock;
};

} // namespace soar::oauth
