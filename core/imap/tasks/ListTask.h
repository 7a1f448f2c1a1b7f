#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// LIST reference pattern; the pattern may hold the wildcards * and %.
class ListTask final : public Task {
    Q_OBJECT
public:
    explicit ListTask(QString pattern = QStringLiteral("*"), QString reference = {}, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("LIST"); }
    const QList<ListResponse> &mailboxes() const { return m_mailboxes; }

protected:
    void run() override;
    void onUntagged(const Response &response) override;
    void onTaggedOk(const StateResponse &) override { succeed(); }

private:
    QString m_pattern;
    QString m_reference;
    QList<ListResponse> m_mailboxes;
};

} // namespace soar::imap
