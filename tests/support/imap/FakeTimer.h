#pragma once

#include "imap/Timer.h"

#include <QPointer>

namespace soar::test {

// A timer that only fires when the test says so: timeouts without sleeping.
class FakeTimer final : public soar::imap::Timer {
    Q_OBJECT
public:
    void start(int milliseconds) override
    {
        m_interval = milliseconds;
        m_active = true;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int interval() const { return m_interval; }

    // Fires if running, as if the interval had passed.
    bool fire()
    {
        if (!m_active)
            return false;
        m_active = false;
        emit timeout();
        return true;
    }

private:
    bool m_active = false;
    int m_interval = 0;
};

} // namespace soar::test
