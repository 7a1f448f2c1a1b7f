#pragma once

#include <QString>

#include <optional>

namespace soar::store {

// Where one outbox item stands. Only pending items are sent; delivering marks the request in
// flight (a row left in it after a crash is re-sent with the same key).
enum class OutboxState {
    Pending, // waiting for next_attempt_at
    Delivering, // written just before the request
    Delivered, // the SOAR answered 2xx; the key is done
    Failed, // cannot be sent for a local reason (mail gone, rule invalid); retry by hand
    Parked, // the SOAR refused it (4xx other than 401/403/408/429); retry by hand
};

// The stable names stored in the database.
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(const QString &name);

} // namespace soar::store
