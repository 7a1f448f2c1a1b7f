#include "imap/tasks/UidMoveTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

UidMoveTask::UidMoveTask(QList<quint32> uids, QString targetMailbox, QObject *parent)
    : Task(parent), m_uids(std::move(uids)), m_target(std::move(targetMailbox))
{ }

void UidMoveTask::run()
{
    if (m_uids.isEmpty()) {
        succeed();
        return;
    }
    const Argument set = Argument::sequenceSet(m_uids);
    if (session().hasCapability("MOVE")) {
        send("UID MOVE", {set, Argument::mailbox(m_target)});
        return;
    }
    if (!session().hasCapability("UIDPLUS")) {
        fail(Error(Error::Kind::ServerNo,
            QStringLiteral("%1 supports neither MOVE nor UIDPLUS, so messages cannot be moved safely. Choose another action.")
                .arg(session().options().host)));
        return;
    }
    // Pipelined: a NO on any of them fails the task before the next has effect on the server's
    // side only if the server processes them in order, which IMAP guarantees per connection.
    send("UID COPY", {set, Argument::mailbox(m_target)});
    send("UID STORE", {set, Argument::keyword("+FLAGS.SILENT"), Argument::list({Argument::keyword("\\Deleted")})});
    send("UID EXPUNGE", {set});
}

void UidMoveTask::onTaggedOk(const StateResponse &)
{
    if (!hasPendingCommands())
        succeed();
}

Error UidMoveTask::errorForRejection(const StateResponse &response) const
{
    QString message = QStringLiteral("Moving to \"%1\" failed: %2.").arg(m_target, serverText(response));
    if (response.code.kind == ResponseCode::Kind::TryCreate)
        message += QStringLiteral(" The folder does not exist; create it first.");
    return Error(Error::Kind::ServerNo, message, QString::fromUtf8(response.text));
}

} // namespace soar::imap
