#pragma once

#include <QDateTime>

#include <functional>

namespace soar::oauth {

// Token expiry is decided against this clock; tests inject their own.
using Clock = std::function<QDateTime()>;

inline QDateTime systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace soar::oauth
