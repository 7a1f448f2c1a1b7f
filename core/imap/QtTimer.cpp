#include "imap/QtTimer.h"

namespace soar::imap {

QtTimer::QtTimer(QObject *parent) : Timer(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
}

TimerFactory QtTimer::factory()
{
    return []() { return std::make_unique<QtTimer>(); };
}

} // namespace soar::imap
