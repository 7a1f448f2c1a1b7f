#pragma once

#include <QString>
#include <QtGlobal>

namespace soar::test {

// One real IMAP server of the test rig (RigEnvironment::servers()). Tests whose behaviour must
// hold on every server run once per server; each server knows the rig's users under its own
// login names.
struct RigServer {
    QString name; // "dovecot", "imap4d": the data tag of the test rows
    quint16 imapPort = 0; // plain + STARTTLS
    quint16 imapsPort = 0; // implicit TLS
    QString userDomain; // imap4d's virtual domain: alice logs in as alice@rig.test

    // The login of a rig user (RigEnvironment::kAlice ...) on this server.
    QString login(const QString &rigUser) const
    {
        return userDomain.isEmpty() ? rigUser : rigUser.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') + userDomain;
    }
};

} // namespace soar::test
