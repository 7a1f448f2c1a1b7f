#pragma once

#include "common/Result.h"
#include "settings/OAuthSettings.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace soar::oauth {

// imap.oauth with the provider preset filled in: the endpoints and scopes actually used.
struct OAuthConfig {
    settings::OAuthFlow flow = settings::OAuthFlow::Interactive;
    QUrl authorizationUrl; // empty for client credentials
    QUrl tokenUrl;
    QString clientId;
    QStringList scopes;
    // Provider quirks for the authorization request (Google needs access_type=offline).
    QList<std::pair<QString, QString>> extraAuthorizationParameters;

    static common::Result<OAuthConfig> fromSettings(const settings::OAuthSettings &settings);
    // The preset's scopes for a provider and flow (what an empty imap.oauth.scopes means).
    static QStringList defaultScopes(settings::OAuthProvider provider, settings::OAuthFlow flow);
};

} // namespace soar::oauth
