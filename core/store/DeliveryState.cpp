#include "store/DeliveryState.h"

namespace soar::store {

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::None:
        return QStringLiteral("none");
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    for (DeliveryState state : {DeliveryState::None, DeliveryState::Pending, DeliveryState::Delivered, DeliveryState::Failed}) {
        if (deliveryStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace soar::store
