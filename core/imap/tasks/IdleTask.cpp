#include "imap/tasks/IdleTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

IdleTask::IdleTask(bool stopOnChange, QObject *parent) : Task(parent), m_stopOnChange(stopOnChange)
{ }

void IdleTask::run()
{
    if (!session().hasCapability("IDLE")) {
        fail(Error(Error::Kind::ServerNo,
            QStringLiteral("%1 does not support IDLE; use polling instead.").arg(session().options().host)));
        return;
    }
    send("IDLE");
}

void IdleTask::onContinuation(const ContinuationResponse &)
{
    if (m_step != Step::Starting)
        return;
    m_step = Step::Idling;
    emit idling();
    if (m_stopRequested || (m_stopOnChange && m_changed))
        stop();
}

void IdleTask::onUntagged(const Response &response)
{
    if (!std::holds_alternative<ExistsResponse>(response) && !std::holds_alternative<ExpungeResponse>(response))
        return;
    m_changed = true;
    if (m_stopOnChange)
        stop();
}

void IdleTask::stop()
{
    m_stopRequested = true;
    if (m_step != Step::Idling || isFinished())
        return;
    m_step = Step::Done;
    session().sendLine("DONE", "DONE");
}

} // namespace soar::imap
