#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace soar::soar {

// The Retry-After header (RFC 9110 10.2.3): either delay-seconds or an HTTP-date.
class RetryAfter {
public:
    // The delay from `now`; a date in the past gives zero. nullopt when absent or unreadable.
    static std::optional<std::chrono::seconds> parse(const QByteArray &value, const QDateTime &now);
};

} // namespace soar::soar
