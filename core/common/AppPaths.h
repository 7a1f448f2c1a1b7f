#pragma once

#include <QString>

namespace soar::common {

// Where soar-imap keeps its files. XDG locations by default; --data-dir / --config override
// them for one process (and tests point them into a temporary directory).
class AppPaths {
public:
    static void setDataDirOverride(const QString &dir);
    static void setConfigFileOverride(const QString &file);

    static QString dataDir(); // store, raw mails, lock files
    static QString logDir(); // rotating log files
    static QString configFile(); // settings JSON shared by soar-imap and soar-imapd
    static QString storeFile(); // the SQLite mail store inside dataDir()

    // Creates dir (and any missing parents) with owner-only permissions (0700), whatever the
    // umask, and restricts dir itself to 0700; false when that fails.
    static bool ensurePrivateDir(const QString &dir);
    // Makes an existing file owner-only (0600); false when that fails.
    static bool restrictToOwner(const QString &file);
};

} // namespace soar::common
