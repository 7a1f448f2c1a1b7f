#include "imap/tasks/UidCopyTask.h"

namespace soar::imap {

using common::Error;

UidCopyTask::UidCopyTask(QList<quint32> uids, QString targetMailbox, QObject *parent)
    : Task(parent), m_uids(std::move(uids)), m_target(std::move(targetMailbox))
{ }

void UidCopyTask::run()
{
    if (m_uids.isEmpty()) {
        succeed();
        return;
    }
    send("UID COPY", {Argument::sequenceSet(m_uids), Argument::mailbox(m_target)});
}

Error UidCopyTask::errorForRejection(const StateResponse &response) const
{
    QString message = QStringLiteral("Copying to \"%1\" failed: %2.").arg(m_target, serverText(response));
    if (response.code.kind == ResponseCode::Kind::TryCreate)
        message += QStringLiteral(" The folder does not exist; create it first.");
    return Error(Error::Kind::ServerNo, message, QString::fromUtf8(response.text));
}

} // namespace soar::imap
