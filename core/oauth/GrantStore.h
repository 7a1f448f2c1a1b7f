#pragma once

#include "common/Result.h"
#include "settings/SecretStore.h"

#include <QString>

#include <functional>

namespace soar::oauth {

// What an interactive sign-in leaves behind: the refresh token and who signed in.
struct OAuthGrant {
    QString refreshToken;
    QString account;
};

// Keeps a resource's OAuthGrant in the keychain (one JSON entry), never in the settings file.
class GrantStore {
public:
    using ReadCallback = std::function<void(const common::Result<OAuthGrant> &)>;

    GrantStore(settings::SecretStore *keychain, QString resource);

    // A resource that never signed in reports Error::Kind::Auth with "sign in" advice.
    void read(ReadCallback done) const;
    void write(const OAuthGrant &grant, settings::SecretStore::WriteCallback done) const;
    void remove(settings::SecretStore::WriteCallback done) const;

    static QString serialize(const OAuthGrant &grant);
    static common::Result<OAuthGrant> deserialize(const QString &text);

private:
    settings::SecretStore *m_keychain;
    QString m_resource;
};

} // namespace soar::oauth
