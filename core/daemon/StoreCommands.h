#pragma once

#include "daemon/DaemonOptions.h"

#include <QTextStream>

namespace soar::daemon {

// soar-imapd's read-only commands over the local mail store: list, show and check-store. They
// never take the run lock, so they work while the GUI or another soar-imapd is fetching.
class StoreCommands {
public:
    // Exit code: 0 success, 1 not found / store error.
    static int list(const DaemonOptions &options, QTextStream &out, QTextStream &err);
    static int show(const DaemonOptions &options, QTextStream &out, QTextStream &err);
    // SQLite's integrity and reference checks of the store file. Exit code: 0 sound, 1 damaged.
    static int checkStore(QTextStream &out, QTextStream &err);
};

} // namespace soar::daemon
