#pragma once

#include <QString>

namespace soar::ui {

// The secrets a resource form edits; they live in the SecretStore, never in the settings file.
struct ResourceSecrets {
    QString imapPassword;
    QString soarSecret; // user JWT token, or the Access Key
    QString oauthClientSecret = {}; // app-only, or Google's desktop client secret

    bool operator==(const ResourceSecrets &o) const
    {
        return imapPassword == o.imapPassword && soarSecret == o.soarSecret && oauthClientSecret == o.oauthClientSecret;
    }
    bool operator!=(const ResourceSecrets &o) const { return !(*this == o); }
};

} // namespace soar::ui
