#pragma once

#include <QString>

namespace soar::settings {

enum class OAuthProvider { Microsoft, Google, Custom };
// ServiceAccount: Google Workspace domain-wide delegation, the JWT bearer grant (RFC 7523).
enum class OAuthFlow { Interactive, ClientCredentials, ServiceAccount };
enum class OAuthMechanism { XOAuth2, OAuthBearer };

// imap.oauth: where the IMAP access token comes from when imap.auth is "oauth2". The refresh
// token and the client secret live in the keychain, never here.
struct OAuthSettings {
    OAuthProvider provider = OAuthProvider::Microsoft;
    OAuthFlow flow = OAuthFlow::Interactive;
    OAuthMechanism mechanism = OAuthMechanism::XOAuth2;
    QString tenant; // Microsoft Entra directory (tenant) id or domain; empty: "organizations"
    QString clientId; // the application (client) id of the app registration
    QString scopes; // space-separated; empty: the provider's defaults for the flow
    QString authUrl; // custom provider (or to override a preset)
    QString tokenUrl;
    QString keyFile; // service account: its JSON key file (owner-only permissions)

    bool operator==(const OAuthSettings &o) const;
    bool operator!=(const OAuthSettings &o) const { return !(*this == o); }
};

} // namespace soar::settings
