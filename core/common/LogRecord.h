#pragma once

#include <QDateTime>
#include <QString>

#include <spdlog/common.h>

namespace soar::common {

// One line of the live log as the GUI shows it.
struct LogRecord {
    QDateTime time;
    spdlog::level::level_enum level = spdlog::level::info;
    QString module; // logger name: imap, store, daemon, ...
    QString resource; // from a leading "[resource] " in the message, empty otherwise
    QString message;
};

} // namespace soar::common
