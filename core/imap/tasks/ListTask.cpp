#include "imap/tasks/ListTask.h"

namespace soar::imap {

ListTask::ListTask(QString pattern, QString reference, QObject *parent)
    : Task(parent), m_pattern(std::move(pattern)), m_reference(std::move(reference))
{ }

void ListTask::run()
{
    send("LIST", {Argument::mailbox(m_reference), Argument::mailbox(m_pattern)});
}

void ListTask::onUntagged(const Response &response)
{
    if (const auto *list = std::get_if<ListResponse>(&response); list && !list->lsub)
        m_mailboxes.append(*list);
}

} // namespace soar::imap
