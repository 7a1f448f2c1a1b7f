#pragma once

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace soar::soar {

// A one-shot timer behind an interface, so tests fire a request's timeout by hand instead of
// waiting for it.
class RequestTimer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start(std::chrono::milliseconds interval) = 0;
    virtual void stop() = 0;

signals:
    void expired();
};

using RequestTimerFactory = std::function<std::unique_ptr<RequestTimer>()>;

} // namespace soar::soar
