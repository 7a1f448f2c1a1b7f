#pragma once

#include "common/Result.h"
#include "settings/OAuthSettings.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <utility>

namespace soar::oauth {

// imap.oauth with the provider preset filled in: the endpoints and scopes actually used.
struct OAuthConfig {
    settings::OAuthFlow flow = settings::OAuthFlow::Interactive;
    QUrl authorizationUrl; // empty for client credentials
    QUrl tokenUrl;
    QUrl deviceAuthorizationUrl; // RFC 8628; Microsoft only (Google's device flow lacks the mail scope)
    QString clientId;
    QStringList scopes;
    // Provider quirks for the authorization request (Google needs access_type=offline).
    QList<std::pair<QString, QString>> extraAuthorizationParameters;
    // How long the interactive flow waits for the browser to come back.
    std::chrono::milliseconds browserTimeout = std::chrono::minutes(5);

    static common::Result<OAuthConfig> fromSettings(const settings::OAuthSettings &settings);
    // The preset's scopes for a provider and flow (what an empty imap.oauth.scopes means).
    static QStringList defaultScopes(settings::OAuthProvider provider, settings::OAuthFlow flow);
    // Microsoft Entra's sign-in host: https://login.microsoftonline.com, or the national cloud's
    // named in SOAR_IMAP_MICROSOFT_AUTHORITY (e.g. https://login.microsoftonline.us).
    static QString microsoftAuthority();
    static inline const char *const kMicrosoftAuthorityVariable = "SOAR_IMAP_MICROSOFT_AUTHORITY";
};

} // namespace soar::oauth
