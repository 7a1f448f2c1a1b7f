#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

class CapabilityTask final : public Task {
    Q_OBJECT
public:
    using Task::Task;
    QString name() const override { return QStringLiteral("CAPABILITY"); }
    const QByteArrayList &capabilities() const { return m_capabilities; }

protected:
    void run() override { send("CAPABILITY"); }
    void onTaggedOk(const StateResponse &response) override;

private:
    QByteArrayList m_capabilities;
};

} // namespace soar::imap
