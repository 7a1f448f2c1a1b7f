#include "msg/OutlookRecipient.h"

namespace soar::msg {

QString OutlookRecipient::typeName(Type type)
{
    switch (type) {
    case Type::Originator:
        return QStringLiteral("originator");
    case Type::To:
        return QStringLiteral("to");
    case Type::Cc:
        return QStringLiteral("cc");
    case Type::Bcc:
        return QStringLiteral("bcc");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace soar::msg
