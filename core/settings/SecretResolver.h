#pragma once

#include "settings/ResourceSettings.h"
#include "settings/SecretStore.h"

#include <QObject>

namespace soar::settings {

// Finds a resource's secret where the user put it, in this order: the command named in the
// settings, the environment (SOAR_IMAP_PASSWORD / SOAR_IMAP_SECRET, for soar-imapd and the
// SOAR daemon contract), then the keychain.
class SecretResolver : public QObject {
    Q_OBJECT
public:
    // OAuthClientSecret: the app registration's secret for app-only OAuth (no command;
    // SOAR_IMAP_OAUTH_CLIENT_SECRET, then the keychain).
    enum class Secret { ImapPassword, SoarSecret, OAuthClientSecret };

    explicit SecretResolver(SecretStore *keychain, QObject *parent = nullptr);
    void resolve(const ResourceSettings &resource, Secret which, SecretStore::ReadCallback done);

    static QString environmentVariable(Secret which);
    // Where OAuth keeps the refresh token it renews.
    SecretStore *keychain() const { return m_keychain; }

private:
    SecretStore *m_keychain;
};

} // namespace soar::settings
