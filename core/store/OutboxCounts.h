#pragma once

#include <QDateTime>
#include <QString>

namespace soar::store {

// One resource's Cloud SOAR queue at a glance (resource list, tray tooltip, retry command).
struct OutboxCounts {
    int pending = 0; // waiting or being sent
    int failed = 0; // refused by the SOAR (parked) or failed locally: waits for a retry by hand
    int delivered = 0;
    QString lastError; // of the most recently updated item not delivered; empty when none
    QDateTime nextAttempt; // when delivery tries again after a failure; invalid when not waiting

    bool operator==(const OutboxCounts &o) const
    {
        return pending == o.pending && failed == o.failed && delivered == o.delivered && lastError == o.lastError
            && nextAttempt == o.nextAttempt;
    }
};

} // namespace soar::store
