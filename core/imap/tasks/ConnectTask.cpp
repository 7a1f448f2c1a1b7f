#include "imap/tasks/ConnectTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

void ConnectTask::run()
{
    session().openConnection();
}

void ConnectTask::onUntagged(const Response &response)
{
    if (m_greeted)
        return;
    const auto *greeting = std::get_if<StateResponse>(&response);
    if (!greeting || (greeting->status != Status::Ok && greeting->status != Status::Preauth)) {
        fail(Error(Error::Kind::Protocol,
            QStringLiteral("%1 did not greet like an IMAP server; check the host name and port.").arg(session().options().host)));
        return;
    }
    m_greeted = true;
    m_preauth = greeting->status == Status::Preauth;
    if (m_preauth && session().options().security == Security::StartTls) {
        // STARTTLS is only possible before authentication: a plaintext PREAUTH would force us to
        // continue unencrypted.
        fail(Error(Error::Kind::Tls,
            QStringLiteral("%1 logged the session in before STARTTLS (PREAUTH), so the connection cannot be encrypted. "
                           "Refusing to continue without TLS.")
                .arg(session().options().host)));
        return;
    }
    session().setState(m_preauth ? ImapSession::State::Authenticated : ImapSession::State::NotAuthenticated);
    if (session().capabilities().isEmpty())
        send("CAPABILITY");
    else
        succeed();
}

void ConnectTask::onTaggedOk(const StateResponse &)
{
    succeed();
}

} // namespace soar::imap
