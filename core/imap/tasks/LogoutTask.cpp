#include "imap/tasks/LogoutTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

void LogoutTask::run()
{
    session().setState(ImapSession::State::LoggingOut);
    send("LOGOUT");
}

void LogoutTask::onTaggedOk(const StateResponse &)
{
    session().closeConnection();
    succeed();
}

} // namespace soar::imap
