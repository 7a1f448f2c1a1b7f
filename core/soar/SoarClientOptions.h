#pragma once

#include "soar/RequestTimer.h"

#include <QDateTime>

#include <chrono>
#include <functional>

namespace soar::soar {

// The injectable parts of a SoarClient; the defaults are the real clock and QTimer.
struct SoarClientOptions {
    RequestTimerFactory timerFactory; // default: QtRequestTimer
    std::function<QDateTime()> now; // default: QDateTime::currentDateTimeUtc
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};

} // namespace soar::soar
