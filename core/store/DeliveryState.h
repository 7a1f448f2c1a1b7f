#pragma once

#include <QString>

#include <optional>

namespace soar::store {

// Where a stored mail stands on its way to the SOAR platform.
enum class DeliveryState {
    None, // no SOAR configured, or not queued yet
    Pending, // queued in the outbox
    Delivered, // the SOAR accepted it
    Failed, // gave up; the SOAR message says why
};

// The stable names stored in the database and shown by `soar-imapd list`.
QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(const QString &name);

} // namespace soar::store
