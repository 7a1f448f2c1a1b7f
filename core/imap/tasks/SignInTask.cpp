#include "imap/tasks/SignInTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

void SignInTask::onTaggedOk(const StateResponse &response)
{
    if (m_signedIn) {
        succeed(); // CAPABILITY after the sign-in
        return;
    }
    m_signedIn = true;
    session().setState(ImapSession::State::Authenticated);
    if (response.code.kind == ResponseCode::Kind::Capability)
        succeed();
    else
        send("CAPABILITY");
}

common::Error SignInTask::errorForRejection(const StateResponse &response) const
{
    return m_signedIn ? Task::errorForRejection(response) : rejection(response);
}

} // namespace soar::imap
