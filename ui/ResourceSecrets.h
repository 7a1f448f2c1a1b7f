#pragma once

#include <QString>

namespace soar::ui {

// The secrets a resource form edits; they live in the SecretStore, never in the settings file.
struct ResourceSecrets {
    QString imapPassword;
    QString soarSecret; // user JWT token, or the Access Key

    bool operator==(const ResourceSecrets &o) const { return imapPassword == o.imapPassword && soarSecret == o.soarSecret; }
    bool operator!=(const ResourceSecrets &o) const { return !(*this == o); }
};

} // namespace soar::ui
