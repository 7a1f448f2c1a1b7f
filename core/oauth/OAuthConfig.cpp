#include "oauth/OAuthConfig.h"

#include "settings/OAuthSettingsValidator.h"

namespace soar::oauth {

using common::Error;
using settings::OAuthFlow;
using settings::OAuthProvider;

QString OAuthConfig::microsoftAuthority()
{
    const QString configured = qEnvironmentVariable(kMicrosoftAuthorityVariable).trimmed();
    if (configured.isEmpty())
        return QStringLiteral("https://login.microsoftonline.com");
    return configured.endsWith(QLatin1Char('/')) ? configured.chopped(1) : configured;
}

QStringList OAuthConfig::defaultScopes(OAuthProvider provider, OAuthFlow flow)
{
    switch (provider) {
    case OAuthProvider::Microsoft:
        if (flow == OAuthFlow::ClientCredentials)
            return {QStringLiteral("https://outlook.office365.com/.default")};
        // openid + email add an ID token that names the signed-in account.
        return {QStringLiteral("https://outlook.office365.com/IMAP.AccessAsUser.All"), QStringLiteral("offline_access"),
            QStringLiteral("openid"), QStringLiteral("email")};
    case OAuthProvider::Google:
        // A service account has no ID token to name anyone: it acts for the mailbox it is given.
        if (flow == OAuthFlow::ServiceAccount)
            return {QStringLiteral("https://mail.google.com/")};
        return {QStringLiteral("https://mail.google.com/"), QStringLiteral("openid"), QStringLiteral("email")};
    case OAuthProvider::Custom:
        break;
    }
    return {};
}

common::Result<OAuthConfig> OAuthConfig::fromSettings(const settings::OAuthSettings &s)
{
    OAuthConfig c;
    c.flow = s.flow;
    c.clientId = s.clientId;
    c.scopes = s.scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (c.scopes.isEmpty())
        c.scopes = defaultScopes(s.provider, s.flow);
    switch (s.provider) {
    case OAuthProvider::Microsoft: {
        const QString tenant = s.tenant.isEmpty() ? QStringLiteral("organizations") : s.tenant;
        const QString base = QStringLiteral("%1/%2/oauth2/v2.0/").arg(microsoftAuthority(), tenant);
        c.authorizationUrl = QUrl(base + QStringLiteral("authorize"));
        c.tokenUrl = QUrl(base + QStringLiteral("token"));
        c.deviceAuthorizationUrl = QUrl(base + QStringLiteral("devicecode"));
        if (!settings::OAuthSettingsValidator::isAcceptableEndpoint(microsoftAuthority()))
            return Error(Error::Kind::Config,
                QStringLiteral("OAuth: %1 '%2' is not an https:// address.")
                    .arg(QLatin1String(kMicrosoftAuthorityVariable), microsoftAuthority()));
        break;
    }
    case OAuthProvider::Google:
        c.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        c.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        // Without these Google issues a refresh token only on the very first consent.
        c.extraAuthorizationParameters
            = {{QStringLiteral("access_type"), QStringLiteral("offline")}, {QStringLiteral("prompt"), QStringLiteral("consent")}};
        break;
    case OAuthProvider::Custom:
        break;
    }
    if (!s.authUrl.isEmpty())
        c.authorizationUrl = QUrl(s.authUrl);
    if (!s.tokenUrl.isEmpty())
        c.tokenUrl = QUrl(s.tokenUrl);
    if (c.clientId.isEmpty() && c.flow != OAuthFlow::ServiceAccount)
        return Error(Error::Kind::Config, QStringLiteral("OAuth: the application (client) id is missing (imap.oauth.clientId)."));
    if (c.flow != OAuthFlow::ServiceAccount // its key file names the token endpoint
        && !settings::OAuthSettingsValidator::isAcceptableEndpoint(c.tokenUrl.toString()))
        return Error(Error::Kind::Config,
            QStringLiteral("OAuth: the token endpoint '%1' is missing or not https:// (imap.oauth.tokenUrl).")
                .arg(c.tokenUrl.toString()));
    if (c.flow == OAuthFlow::Interactive
        && !settings::OAuthSettingsValidator::isAcceptableEndpoint(c.authorizationUrl.toString()))
        return Error(Error::Kind::Config,
            QStringLiteral("OAuth: the authorization endpoint '%1' is missing or not https:// (imap.oauth.authUrl).")
                .arg(c.authorizationUrl.toString()));
    if (c.scopes.isEmpty())
        return Error(Error::Kind::Config, QStringLiteral("OAuth: a custom provider needs its scopes (imap.oauth.scopes)."));
    return c;
}

} // namespace soar::oauth
