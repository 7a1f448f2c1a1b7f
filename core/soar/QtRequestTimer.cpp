#include "soar/QtRequestTimer.h"

namespace soar::soar {

QtRequestTimer::QtRequestTimer(QObject *parent) : RequestTimer(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestTimer::expired);
}

void QtRequestTimer::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void QtRequestTimer::stop()
{
    m_timer.stop();
}

RequestTimerFactory QtRequestTimer::factory()
{
    return [] { return std::make_unique<QtRequestTimer>(); };
}

} // namespace soar::soar
