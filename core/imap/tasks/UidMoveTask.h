#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// UID MOVE; without MOVE, UID COPY + UID STORE \Deleted + UID EXPUNGE (needs UIDPLUS so that
// only these messages are expunged).
class UidMoveTask final : public Task {
    Q_OBJECT
public:
    UidMoveTask(QList<quint32> uids, QString targetMailbox, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("UID MOVE"); }

protected:
    void run() override;
    void onTaggedOk(const StateResponse &) override;
    common::Error errorForRejection(const StateResponse &response) const override;

private:
    QList<quint32> m_uids;
    QString m_target;
};

} // namespace soar::imap
