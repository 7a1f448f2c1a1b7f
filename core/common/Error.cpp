#include "common/Error.h"

namespace soar::common {

QString Error::toString() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return message + QStringLiteral(" (") + detail + QStringLiteral(")");
}

} // namespace soar::common
