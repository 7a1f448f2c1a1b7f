#include "store/OutboxState.h"

namespace soar::store {

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Delivering:
        return QStringLiteral("delivering");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Parked:
        return QStringLiteral("parked");
    }
    return QStringLiteral("pending");
}

std::optional<OutboxState> outboxStateFromName(const QString &name)
{
    for (OutboxState state :
        {OutboxState::Pending, OutboxState::Delivering, OutboxState::Delivered, OutboxState::Failed, OutboxState::Parked}) {
        if (outboxStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace soar::store
