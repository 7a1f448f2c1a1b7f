#include "common/LoopbackHost.h"

#include <QHostAddress>

namespace soar::common {

bool LoopbackHost::contains(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace soar::common
