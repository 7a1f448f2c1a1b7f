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
    // The HTTP answer as it came, for flows that read the error codes themselves (device flow);
    // a network failure arrives as an error.
    using RawCallback = std::function<void(const common::Result<std::pair<int, QByteArray>> &)>;
    void postRaw(const QUrl &url, const QUrlQuery &form, RawCallback done);

    static QUrlQuery authorizationCodeForm(const QString &clientId, const QString &clientSecret, const QString &code,
        const QString &redirectUri, const QByteArray &verifier);
    static QUrlQuery refreshForm(
        const QString &clientId, const QString &clientSecret, const QString &refreshToken, const QStringList &scopes);
    static QUrlQuery clientCredentialsForm(const QString &clientId, const QString &clientSecret, const QStringList &scopes);
    // RFC 7523 section 2.1: a signed JWT instead of a client secret (service accounts).
    static QUrlQuery jwtBearerForm(const QByteArray &assertion);
    // RFC 8628 section 3.4: one poll for the device code's tokens.
    static QUrlQuery deviceCodeForm(const QString &clientId, const QString &deviceCode);

    static inline const QString kJwtBearerGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");
    static inline const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

    static constexpr int kTimeoutMs = 30000;

private:
    QNetworkAccessManager *m_network;
    Clock m_clock;
};

} // namespace soar::oauth
