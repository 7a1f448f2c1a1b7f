#pragma once

#include <chrono>

namespace soar::soar {

// Exponential backoff with jitter for SOAR deliveries: first * 2^(failures-1), capped, then
// shortened by up to half at random so many clients that failed together do not come back
// together ("equal jitter").
struct RetryBackoff {
    std::chrono::seconds first {std::chrono::seconds(10)};
    std::chrono::seconds cap {std::chrono::minutes(15)};
    // A Retry-After is honoured up to this long: a far-future date must not stall delivery.
    std::chrono::seconds retryAfterCap {std::chrono::hours(1)};

    // failures: consecutive failed attempts, 1 for the first. random: uniform in [0, 1).
    std::chrono::milliseconds delay(int failures, double random) const;
    // The server's Retry-After, honoured as given up to retryAfterCap.
    std::chrono::milliseconds retryAfterDelay(std::chrono::seconds retryAfter) const;
};

} // namespace soar::soar
