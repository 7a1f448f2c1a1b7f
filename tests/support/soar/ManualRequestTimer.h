#pragma once

#include "soar/RequestTimer.h"

#include <QList>
#include <QPointer>

#include <chrono>

namespace soar::test {

// A RequestTimer the test fires by hand: timeouts are tested without waiting.
class ManualRequestTimer final : public soar::RequestTimer {
    Q_OBJECT
public:
    void start(std::chrono::milliseconds interval) override
    {
        m_interval = interval;
        m_running = true;
    }
    void stop() override { m_running = false; }

    bool isRunning() const { return m_running; }
    std::chrono::milliseconds interval() const { return m_interval; }
    void fire()
    {
        if (!m_running)
            return;
        m_running = false;
        emit expired();
    }

private:
    std::chrono::milliseconds m_interval {0};
    bool m_running = false;
};

// Hands out ManualRequestTimers and remembers them, so a test can expire "the" timeout.
class ManualTimers {
public:
    soar::RequestTimerFactory factory()
    {
        return [this] {
            auto timer = std::make_unique<ManualRequestTimer>();
            m_created.append(timer.get());
            return timer;
        };
    }
    int runningCount() const
    {
        int n = 0;
        for (const auto &t : m_created)
            n += (t && t->isRunning()) ? 1 : 0;
        return n;
    }
    void fireAll()
    {
        const auto timers = m_created;
        for (const auto &t : timers) {
            if (t)
                t->fire();
        }
    }
    QList<QPointer<ManualRequestTimer>> created() const { return m_created; }

private:
    QList<QPointer<ManualRequestTimer>> m_created;
};

} // namespace soar::test
