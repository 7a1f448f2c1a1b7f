#pragma once

#include <QString>

namespace soar::store {

// One resource's Cloud SOAR queue at a glance (resource list, tray tooltip, retry command).
struct OutboxCounts {
    int pending = 0; // waiting or being sent
    int failed = 0; // refused by the SOAR (parked) or failed locally: waits for a retry by hand
    int delivered = 0;
    QString lastError; // of the most recently updated item not delivered; empty when none

    bool operator==(const OutboxCounts &o) const
    {
        return pending == o.pending && failed == o.failed && delivered == o.delivered && lastError == o.lastError;
    }
};

} // namespace soar::store
