#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace soar::imap {

// A single-shot timer the session can be given, so tests fire timeouts without waiting.
class Timer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(int milliseconds) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

using TimerFactory = std::function<std::unique_ptr<Timer>()>;

} // namespace soar::imap
