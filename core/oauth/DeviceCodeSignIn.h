#pragma once

#include "common/Result.h"
#include "oauth/OAuthConfig.h"
#include "oauth/TokenResponse.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace soar::oauth {

class TokenEndpoint;

// The device authorization grant (RFC 8628) for a person at a terminal without a browser: the
// server hands out a user code, the person types it at the verification address on any device,
// and this polls the token endpoint at the server's interval (5 s more after each slow_down)
// until the sign-in is granted, declined or the code expires. finished() is emitted exactly once.
class DeviceCodeSignIn : public QObject {
    Q_OBJECT
public:
    DeviceCodeSignIn(OAuthConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DeviceCodeSignIn() override;

    void start();
    const TokenResponse &tokens() const { return m_tokens; }

signals:
    // What the person has to do; `message` is the server's own instruction when it sent one.
    void userCodeReady(const QUrl &verificationUri, const QString &userCode, int expiresInSeconds, const QString &message);
    void finished(const soar::common::Error &error);

private:
    void onDeviceAuthorization(int status, const QByteArray &body);
    void poll();
    void onPollAnswer(int status, const QByteArray &body);
    void finish(const common::Result<TokenResponse> &result);

    OAuthConfig m_config;
    TokenEndpoint *m_endpoint;
    QTimer m_pollTimer;
    QDeadlineTimer m_expiry;
    QString m_deviceCode;
    int m_intervalSeconds = kDefaultIntervalSeconds;
    TokenResponse m_tokens;
    bool m_done = false;

    static constexpr int kDefaultIntervalSeconds = 5; // RFC 8628 section 3.2
    static constexpr int kSlowDownSeconds = 5; // section 3.5
};

} // namespace soar::oauth
