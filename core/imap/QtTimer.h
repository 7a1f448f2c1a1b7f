#pragma once

#include "imap/Timer.h"

#include <QTimer>

namespace soar::imap {

class QtTimer final : public Timer {
    Q_OBJECT
public:
    explicit QtTimer(QObject *parent = nullptr);
    void start(int milliseconds) override { m_timer.start(milliseconds); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

    static TimerFactory factory();

private:
    QTimer m_timer;
};

} // namespace soar::imap
