#pragma once

#include "common/Error.h"

namespace soar::daemon {

// What a server's own words say about coming back after it refused or ended a session, as
// Exchange Online words it: "NO Request is throttled. Suggested Backoff Time: 299609
// milliseconds", "NO Server Unavailable. 15", "BYE Session invalidated - AccessTokenExpired";
// and RFC 5530's [UNAVAILABLE] code. Anything else is an ordinary failure.
class ServerPushback {
public:
    enum class Kind { None, Throttled, TokenExpired };

    static ServerPushback of(const common::Error &error);

    Kind kind = Kind::None;
    qint64 suggestedDelayMs = 0; // the server's "Suggested Backoff Time", 0 when it named none
};

} // namespace soar::daemon
