#pragma once

#include "soar/RequestTimer.h"

#include <QTimer>

namespace soar::soar {

// The production RequestTimer: a single-shot QTimer.
class QtRequestTimer final : public RequestTimer {
    Q_OBJECT
public:
    explicit QtRequestTimer(QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval) override;
    void stop() override;

    static RequestTimerFactory factory();

private:
    QTimer m_timer;
};

} // namespace soar::soar
