#pragma once

#include "daemon/DaemonOptions.h"

#include <QTextStream>

namespace soar::daemon {

// soar-imapd analyze FILE: Analyze EML / MSG on a file, the same report the desktop app shows.
class AnalyzeCommand {
public:
    // Exit code: 0 analysed, 1 unreadable or not a mail.
    static int run(const DaemonOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace soar::daemon
