#include "soar/RetryBackoff.h"

#include <algorithm>

namespace soar::soar {

std::chrono::milliseconds RetryBackoff::delay(int failures, double random) const
{
    using std::chrono::milliseconds;
    const milliseconds capMs = cap;
    milliseconds full = first;
    for (int i = 1; i < failures && full < capMs; ++i)
        full *= 2;
    full = std::min(full, capMs);
    const double shortened = double(full.count()) * (1.0 - 0.5 * std::clamp(random, 0.0, 1.0));
    return milliseconds(static_cast<std::chrono::milliseconds::rep>(shortened));
}

std::chrono::milliseconds RetryBackoff::retryAfterDelay(std::chrono::seconds retryAfter) const
{
    return std::chrono::milliseconds(std::clamp(retryAfter, std::chrono::seconds(0), retryAfterCap));
}

} // namespace soar::soar
