#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// NOOP: keeps the connection alive and collects pending EXISTS/EXPUNGE (tracked by the session).
class NoopTask final : public Task {
    Q_OBJECT
public:
    using Task::Task;
    QString name() const override { return QStringLiteral("NOOP"); }

protected:
    void run() override { send("NOOP"); }
    void onTaggedOk(const StateResponse &) override { succeed(); }
};

} // namespace soar::imap
