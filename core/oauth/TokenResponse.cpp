#include "oauth/TokenResponse.h"

#include "common/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace soar::oauth {

using common::Error;

namespace {

Error errorFor(int status, const QJsonObject &json)
{
    const QString code = json.value(QStringLiteral("error")).toString();
    const QString description = json.value(QStringLiteral("error_description")).toString();
    const QString detail = QStringLiteral("HTTP %1, %2: %3").arg(status).arg(code, description);
    if (code == QLatin1String("invalid_grant"))
        return Error(Error::Kind::Auth,
            QStringLiteral("The OAuth sign-in is no longer valid (expired, revoked or the password changed): "
                           "sign in again in the resource form."),
            detail);
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return Error(Error::Kind::Config,
            QStringLiteral("The sign-in server rejected the application: check the client id, the client secret and that "
                           "the app registration allows this flow (%1).")
                .arg(description.isEmpty() ? code : description),
            detail);
    if (code == QLatin1String("invalid_scope"))
        return Error(Error::Kind::Config,
            QStringLiteral("The sign-in server rejected the scopes: check imap.oauth.scopes and the API permissions of the app "
                           "registration (%1).")
                .arg(description.isEmpty() ? code : description),
            detail);
    if (!code.isEmpty())
        return Error(Error::Kind::Auth,
            QStringLiteral("The sign-in server refused the token request: %1.").arg(description.isEmpty() ? code : description),
            detail);
    return Error(Error::Kind::Protocol,
        QStringLiteral("The sign-in server answered HTTP %1 without an OAuth error; check the token URL.").arg(status), detail);
}

} // namespace

QString TokenResponse::accountFromIdToken(const QByteArray &idToken)
{
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    for (const char *claim : {"preferred_username", "email", "upn"}) {
        const QString value = claims.value(QLatin1String(claim)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

common::Result<TokenResponse> TokenResponse::fromReply(int httpStatus, const QByteArray &body, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Kind::Protocol,
            QStringLiteral("The sign-in server answered HTTP %1 with something that is not JSON; check the token URL.")
                .arg(httpStatus),
            QString::fromUtf8(body.left(200)));
    if (httpStatus != 200 || json.contains(QStringLiteral("error")))
        return errorFor(httpStatus, json);
    TokenResponse r;
    r.accessToken = json.value(QStringLiteral("access_token")).toString();
    if (r.accessToken.isEmpty())
        return Error(Error::Kind::Protocol, QStringLiteral("The sign-in server answered without an access token."));
    const QString type = json.value(QStringLiteral("token_type")).toString();
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return Error(Error::Kind::Protocol,
            QStringLiteral("The sign-in server issued a '%1' token; IMAP needs a Bearer token.").arg(type));
    common::Redactor::registerSecret(r.accessToken);
    r.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    common::Redactor::registerSecret(r.refreshToken);
    const qint64 expiresIn = qint64(json.value(QStringLiteral("expires_in")).toDouble(0));
    if (expiresIn > 0)
        r.expiresAt = now.addSecs(expiresIn);
    r.scope = json.value(QStringLiteral("scope")).toString();
    r.account = accountFromIdToken(json.value(QStringLiteral("id_token")).toString().toLatin1());
    return r;
}

common::Result<TokenResponse> TokenResponse::requireRefreshToken(const common::Result<TokenResponse> &result)
{
    if (result.ok() && result.value().refreshToken.isEmpty()) {
        return common::Error(common::Error::Kind::Config,
            QStringLiteral("The provider issued no refresh token, so the sign-in would end within the hour; "
                           "add offline_access (Microsoft) to imap.oauth.scopes."));
    }
    return result;
}

} // namespace soar::oauth
