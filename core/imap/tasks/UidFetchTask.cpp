#include "imap/tasks/UidFetchTask.h"

#include "imap/ImapSession.h"

#include <algorithm>

namespace soar::imap {

using common::Error;

QList<Argument> UidFetchTask::fullMessageItems()
{
    return {Argument::keyword("FLAGS"), Argument::keyword("RFC822.SIZE"), Argument::keyword("INTERNALDATE"),
        Argument::keyword("BODY.PEEK[]")};
}

UidFetchTask::UidFetchTask(Request request, QObject *parent) : Task(parent), m_request(std::move(request))
{
    std::sort(m_request.uids.begin(), m_request.uids.end());
    m_request.uids.erase(std::unique(m_request.uids.begin(), m_request.uids.end()), m_request.uids.end());
    m_request.batchSize = qMax(1, m_request.batchSize);
    m_request.pipelineDepth = qMax(1, m_request.pipelineDepth);
}

void UidFetchTask::run()
{
    if (m_request.uids.isEmpty()) {
        succeed();
        return;
    }
    for (int i = 0; i < m_request.pipelineDepth && m_nextIndex < m_request.uids.size() && !isFinished(); ++i)
        sendNextBatch();
}

void UidFetchTask::sendNextBatch()
{
    const QList<quint32> batch = m_request.uids.mid(m_nextIndex, m_request.batchSize);
    m_nextIndex += batch.size();
    send("UID FETCH",
        {Argument::sequenceSet(batch), Argument::list(QList<Argument> {Argument::keyword("UID")} + m_request.items)});
}

void UidFetchTask::onUntagged(const Response &response)
{
    const auto *fetch = std::get_if<FetchResponse>(&response);
    if (!fetch || !fetch->uid)
        return; // unsolicited flag updates carry no UID for us
    if (!std::binary_search(m_request.uids.begin(), m_request.uids.end(), *fetch->uid))
        return;
    if (!fetch->oversizedSections.isEmpty()) {
        emit messageFailed(*fetch->uid,
            Error(Error::Kind::Parse,
                QStringLiteral(
                    "Message UID %1 is larger than the limit of %2 MiB and was skipped; raise the message size limit to "
                    "fetch it.")
                    .arg(*fetch->uid)
                    .arg(session().options().maxMessageSize / (1024 * 1024))));
        return;
    }
    emit messageFetched(*fetch);
}

void UidFetchTask::onTaggedOk(const StateResponse &)
{
    if (m_nextIndex < m_request.uids.size())
        sendNextBatch();
    else if (!hasPendingCommands())
        succeed();
}

} // namespace soar::imap
