#pragma once

#include "soar/RequestTimer.h"
#include "soar/RetryBackoff.h"

#include <QDateTime>

#include <chrono>
#include <functional>

namespace soar::soar {

// The injectable parts of an OutboxDelivery; the defaults are the real clock, QTimer and
// QRandomGenerator.
struct OutboxDeliveryOptions {
    std::function<QDateTime()> now; // default: QDateTime::currentDateTimeUtc
    RequestTimerFactory timerFactory; // the wake-up timer; default: QtRequestTimer
    std::function<double()> random; // uniform in [0, 1) for the jitter; default: QRandomGenerator
    RetryBackoff backoff;
    // After a local store error the loop tries again this much later.
    std::chrono::seconds storeRetry {std::chrono::seconds(30)};
};

} // namespace soar::soar
