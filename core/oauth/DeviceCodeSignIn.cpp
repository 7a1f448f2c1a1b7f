#include "oauth/DeviceCodeSignIn.h"

#include "common/Logging.h"
#include "common/Redactor.h"
#include "oauth/TokenEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace soar::oauth {

using common::Error;

namespace {

std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("oauth");
}

// Form values are percent-encoded in full, as TokenEndpoint does.
QUrlQuery deviceAuthorizationForm(const QString &clientId, const QStringList &scopes)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scopes.join(QLatin1Char(' ')))));
    return form;
}

} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(OAuthConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_endpoint(new TokenEndpoint(network, systemClock, this))
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early; the server's interval is a minimum (RFC 8628 section 3.5).
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

DeviceCodeSignIn::~DeviceCodeSignIn() = default;

void DeviceCodeSignIn::start()
{
    if (!m_config.deviceAuthorizationUrl.isValid() || m_config.deviceAuthorizationUrl.isEmpty()) {
        finish(Error(Error::Kind::Config, QStringLiteral("This provider offers no device sign-in (RFC 8628).")));
        return;
    }
    m_endpoint->postRaw(m_config.deviceAuthorizationUrl, deviceAuthorizationForm(m_config.clientId, m_config.scopes),
        [this](const common::Result<std::pair<int, QByteArray>> &answer) {
            if (!answer.ok())
                finish(answer.error());
            else
                onDeviceAuthorization(answer.value().first, answer.value().second);
        });
}

void DeviceCodeSignIn::onDeviceAuthorization(int status, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    m_deviceCode = json.value(QStringLiteral("device_code")).toString();
    const QString userCode = json.value(QStringLiteral("user_code")).toString();
    // RFC 8628 says verification_uri; some servers still send the draft's verification_url.
    QString verification = json.value(QStringLiteral("verification_uri")).toString();
    if (verification.isEmpty())
        verification = json.value(QStringLiteral("verification_url")).toString();
    if (status != 200 || m_deviceCode.isEmpty() || userCode.isEmpty() || verification.isEmpty()) {
        // An error answer has the token endpoint's shape (RFC 8628 section 3.2 refers to RFC 6749 5.2).
        auto parsed = TokenResponse::fromReply(status == 200 ? 400 : status, body, QDateTime::currentDateTimeUtc());
        finish(parsed.ok() ? Error(Error::Kind::Protocol, QStringLiteral("The sign-in server sent no device code."))
                           : parsed.error());
        return;
    }
    common::Redactor::registerSecret(m_deviceCode);
    const int expiresIn = json.value(QStringLiteral("expires_in")).toInt(900);
    const int interval = json.value(QStringLiteral("interval")).toInt(kDefaultIntervalSeconds);
    m_intervalSeconds = interval > 0 ? interval : kDefaultIntervalSeconds;
    m_expiry.setRemainingTime(qint64(expiresIn) * 1000);
    emit userCodeReady(QUrl(verification), userCode, expiresIn, json.value(QStringLiteral("message")).toString());
    m_pollTimer.start(m_intervalSeconds * 1000);
}

void DeviceCodeSignIn::poll()
{
    if (m_done)
        return;
    if (m_expiry.hasExpired()) {
        finish(Error(
            Error::Kind::Timeout, QStringLiteral("The code expired before the sign-in was completed; run the sign-in again.")));
        return;
    }
    m_endpoint->postRaw(m_config.tokenUrl, TokenEndpoint::deviceCodeForm(m_config.clientId, m_deviceCode),
        [this](const common::Result<std::pair<int, QByteArray>> &answer) {
            if (m_done)
                return;
            if (!answer.ok())
                finish(answer.error());
            else
                onPollAnswer(answer.value().first, answer.value().second);
        });
}

void DeviceCodeSignIn::onPollAnswer(int status, const QByteArray &body)
{
    const QString code = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    if (code == QLatin1String("authorization_pending")) {
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_intervalSeconds += kSlowDownSeconds;
        log()->debug("device sign-in: the server asked to slow down; polling every {} s", m_intervalSeconds);
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (code == QLatin1String("expired_token")) {
        finish(Error(Error::Kind::Timeout,
            QStringLiteral("The code expired before the sign-in was completed; run the sign-in again."), code));
        return;
    }
    if (code == QLatin1String("access_denied") || code == QLatin1String("authorization_declined")) {
        finish(Error(Error::Kind::Auth,
            QStringLiteral("The sign-in was declined at the verification page; run the sign-in again and approve it."), code));
        return;
    }
    finish(TokenResponse::requireRefreshToken(TokenResponse::fromReply(status, body, QDateTime::currentDateTimeUtc())));
}

void DeviceCodeSignIn::finish(const common::Result<TokenResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (result.ok())
        m_tokens = result.value();
    emit finished(result.ok() ? Error() : result.error());
}

} // namespace soar::oauth
