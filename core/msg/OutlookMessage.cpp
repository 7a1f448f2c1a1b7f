#include "msg/OutlookMessage.h"

namespace soar::msg {

QList<OutlookRecipient> OutlookMessage::recipientsOfType(OutlookRecipient::Type type) const
{
    QList<OutlookRecipient> result;
    for (const OutlookRecipient &r : recipients) {
        if (r.type == type)
            result.append(r);
    }
    return result;
}

} // namespace soar::msg
