#pragma once

#include "RigEnvironment.h"
#include "settings/ResourceSettings.h"

namespace soar::test {

// A resource that fetches `user`'s `folder` from the rig's Dovecot over IMAPS, trusting the
// rig's CA; the password is left to the test (keychain entry or password command).
inline settings::ResourceSettings rigResource(const QString &name, const QString &user, const QString &folder)
{
    settings::ResourceSettings r;
    r.name = name;
    r.imap.host = RigEnvironment::host();
    r.imap.port = RigEnvironment::imapsPort();
    r.imap.caFile = RigEnvironment::caFile();
    r.imap.username = user;
    r.imap.folder = folder;
    return r;
}

} // namespace soar::test
