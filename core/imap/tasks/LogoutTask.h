#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// LOGOUT: the server's BYE is expected; the connection is closed either way.
class LogoutTask final : public Task {
    Q_OBJECT
public:
    using Task::Task;
    QString name() const override { return QStringLiteral("LOGOUT"); }
    bool expectsBye() const override { return true; }
    void onConnectionClosed() override { succeed(); }

protected:
    void run() override;
    void onTaggedOk(const StateResponse &) override;
};

} // namespace soar::imap
