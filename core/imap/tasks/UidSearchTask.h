#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// UID SEARCH over a list of search keys (see Argument). Adds CHARSET UTF-8 when a key holds
// non-ASCII text, and uses ESEARCH (RETURN (ALL)) when the server offers it.
class UidSearchTask final : public Task {
    Q_OBJECT
public:
    explicit UidSearchTask(QList<Argument> criteria, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("UID SEARCH"); }
    // Ascending, without duplicates.
    const QList<quint32> &uids() const { return m_uids; }

protected:
    void run() override;
    void onUntagged(const Response &response) override;
    void onTaggedOk(const StateResponse &response) override;

private:
    QList<Argument> m_criteria;
    QByteArray m_tag;
    QList<quint32> m_uids;
};

} // namespace soar::imap
