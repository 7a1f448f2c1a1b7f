#pragma once

#include "imap/tasks/MailboxInfo.h"
#include "imap/tasks/Task.h"

namespace soar::imap {

// SELECT (or EXAMINE when readOnly), with CONDSTORE when offered so HIGHESTMODSEQ is reported.
class SelectTask final : public Task {
    Q_OBJECT
public:
    explicit SelectTask(QString mailbox, bool readOnly = false, QObject *parent = nullptr);
    QString name() const override { return m_readOnly ? QStringLiteral("EXAMINE") : QStringLiteral("SELECT"); }
    const MailboxInfo &mailbox() const { return m_info; }

protected:
    void run() override;
    void onUntagged(const Response &response) override;
    void onTaggedOk(const StateResponse &response) override;
    common::Error errorForRejection(const StateResponse &response) const override;

private:
    bool m_readOnly;
    MailboxInfo m_info;
};

} // namespace soar::imap
