#pragma once

#include <QString>

namespace soar::settings {

// Names of a resource's entries in the keychain.
class SecretKeys {
public:
    static QString imapPassword(const QString &resource) { return resource + QStringLiteral("/imap-password"); }
    // The user JWT token, or the Access Key when the SOAR uses Access ID + Access Key.
    // OAuth: the refresh token and signed-in account (JSON), and the app's client secret.
    static QString oauthGrant(const QString &resource) { return resource + QStringLiteral("/oauth-grant"); }
    static QString oauthClientSecret(const QString &resource) { return resource + QStringLiteral("/oauth-client-secret"); }
    static QString soarSecret(const QString &resource) { return resource + QStringLiteral("/soar-secret"); }
};

} // namespace soar::settings
