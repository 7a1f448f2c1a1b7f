#pragma once

#include <QString>

namespace soar::daemon {

// One line of Test Saved Settings (IMAP or Cloud SOAR), as the dialog and `test-settings` show it.
struct SettingsTestStep {
    QString id; // password or oauth, dns, connect, tls, login, folder, filters, soar-url, soar-reachable, ...
    QString title; // "Log in"
    bool ok = false;
    QString message;
};

} // namespace soar::daemon
