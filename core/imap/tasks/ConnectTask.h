#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// Opens the connection (plain or implicit TLS per the session options), reads the greeting and
// makes sure the capabilities are known.
class ConnectTask final : public Task {
    Q_OBJECT
public:
    using Task::Task;
    QString name() const override { return QStringLiteral("connect"); }
    bool opensConnection() const override { return true; }

protected:
    void run() override;
    void onUntagged(const Response &response) override;
    void onTaggedOk(const StateResponse &response) override;

private:
    bool m_greeted = false;
    bool m_preauth = false;
};

} // namespace soar::imap
