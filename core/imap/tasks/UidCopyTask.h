#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

class UidCopyTask final : public Task {
    Q_OBJECT
public:
    UidCopyTask(QList<quint32> uids, QString targetMailbox, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("UID COPY"); }

protected:
    void run() override;
    void onTaggedOk(const StateResponse &) override { succeed(); }
    common::Error errorForRejection(const StateResponse &response) const override;

private:
    QList<quint32> m_uids;
    QString m_target;
};

} // namespace soar::imap
