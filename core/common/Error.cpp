#include "common/Error.h"

namespace soar::common {

QString Error::toString() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return message + QStringLiteral(" (") + detail + QStringLiteral(")");
}

QString Error::kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::ServerNo:
        return QStringLiteral("server");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Config:
        return QStringLiteral("config");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace soar::common
