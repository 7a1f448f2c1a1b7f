#pragma once

#include <QString>

namespace soar::common {

// The one rule for where plain http:// is allowed (the Cloud SOAR URL, OAuth endpoints): a host
// that never leaves this machine. That is the name "localhost" and any loopback address,
// 127.0.0.0/8 and ::1 (also written as [::1] in a URL, whose host() drops the brackets).
class LoopbackHost {
public:
    static bool contains(const QString &host);
};

} // namespace soar::common
