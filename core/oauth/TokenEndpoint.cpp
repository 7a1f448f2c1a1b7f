#include "oauth/TokenEndpoint.h"

#include "common/Logging.h"
#include "common/Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace soar::oauth {

using common::Error;

namespace {

std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("oauth");
}

// Form values are percent-encoded in full: '+' and '&' inside a secret must survive.
void addItem(QUrlQuery &form, const QString &key, const QString &value)
{
    form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent), m_network(network), m_clock(std::move(clock))
{ }

QUrlQuery TokenEndpoint::authorizationCodeForm(const QString &clientId, const QString &clientSecret, const QString &code,
    const QString &redirectUri, const QByteArray &verifier)
{
    QUrlQuery form;
    addItem(form, QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    addItem(form, QStringLiteral("client_id"), clientId);
    if (!clientSecret.isEmpty())
        addItem(form, QStringLiteral("client_secret"), clientSecret);
    addItem(form, QStringLiteral("code"), code);
    addItem(form, QStringLiteral("redirect_uri"), redirectUri);
    addItem(form, QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    return form;
}

QUrlQuery TokenEndpoint::refreshForm(
    const QString &clientId, const QString &clientSecret, const QString &refreshToken, const QStringList &scopes)
{
    QUrlQuery form;
    addItem(form, QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    addItem(form, QStringLiteral("client_id"), clientId);
    if (!clientSecret.isEmpty())
        addItem(form, QStringLiteral("client_secret"), clientSecret);
    addItem(form, QStringLiteral("refresh_token"), refreshToken);
    addItem(form, QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    return form;
}

QUrlQuery TokenEndpoint::clientCredentialsForm(const QString &clientId, const QString &clientSecret, const QStringList &scopes)
{
    QUrlQuery form;
    addItem(form, QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    addItem(form, QStringLiteral("client_id"), clientId);
    addItem(form, QStringLiteral("client_secret"), clientSecret);
    addItem(form, QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    return form;
}

QUrlQuery TokenEndpoint::jwtBearerForm(const QByteArray &assertion)
{
    QUrlQuery form;
    addItem(form, QStringLiteral("grant_type"), kJwtBearerGrant);
    addItem(form, QStringLiteral("assertion"), QString::fromLatin1(assertion));
    return form;
}

QUrlQuery TokenEndpoint::deviceCodeForm(const QString &clientId, const QString &deviceCode)
{
    QUrlQuery form;
    addItem(form, QStringLiteral("grant_type"), kDeviceCodeGrant);
    addItem(form, QStringLiteral("client_id"), clientId);
    addItem(form, QStringLiteral("device_code"), deviceCode);
    return form;
}

void TokenEndpoint::post(const QUrl &tokenUrl, const QUrlQuery &form, Callback done)
{
    postRaw(tokenUrl, form, [this, tokenUrl, done = std::move(done)](const common::Result<std::pair<int, QByteArray>> &answer) {
        if (!answer.ok()) {
            done(answer.error());
            return;
        }
        auto result = TokenResponse::fromReply(answer.value().first, answer.value().second, m_clock());
        if (!result.ok())
            log()->warn("token request to {} failed: {}", tokenUrl.host(), result.error().toString());
        done(result);
    });
}

void TokenEndpoint::postRaw(const QUrl &tokenUrl, const QUrlQuery &form, RawCallback done)
{
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
    log()->debug("POST {} ({})", common::Redactor::url(tokenUrl), grant);
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [reply, tokenUrl, done = std::move(done)] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            done(Error(Error::Kind::Network,
                QStringLiteral("Could not reach the sign-in server %1: %2.").arg(tokenUrl.host(), reply->errorString())));
            return;
        }
        done(std::make_pair(status.toInt(), reply->readAll()));
    });
}

} // namespace soar::oauth
