#include "tools/Ioc.h"

#include <QJsonArray>

namespace soar::tools {

QString Ioc::kindName(Kind kind)
{
    switch (kind) {
    case Kind::IPv4:
        return QStringLiteral("ipv4");
    case Kind::IPv6:
        return QStringLiteral("ipv6");
    case Kind::Url:
        return QStringLiteral("url");
    case Kind::Domain:
        return QStringLiteral("domain");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Md5:
        return QStringLiteral("md5");
    case Kind::Sha1:
        return QStringLiteral("sha1");
    case Kind::Sha256:
        return QStringLiteral("sha256");
    case Kind::CardNumber:
        return QStringLiteral("card");
    }
    return QStringLiteral("unknown");
}

QJsonObject Ioc::toJson() const
{
    QJsonObject o {{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("value"), value},
        {QStringLiteral("normalized"), normalized}, {QStringLiteral("count"), count}, {QStringLiteral("defanged"), defanged},
        {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

} // namespace soar::tools
