#include "imap/tasks/LoginTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

LoginTask::LoginTask(QString user, QString password, QObject *parent)
    : Task(parent), m_user(std::move(user)), m_password(std::move(password))
{ }

void LoginTask::run()
{
    if (session().hasCapability("LOGINDISABLED")) {
        fail(Error(Error::Kind::Auth,
            QStringLiteral("%1 does not accept LOGIN on this connection (LOGINDISABLED). Use TLS or STARTTLS, or another "
                           "authentication method.")
                .arg(session().options().host)));
        return;
    }
    if (const Error error = session().checkCredentialsMaySend()) {
        fail(error);
        return;
    }
    send("LOGIN", {Argument::text(m_user), Argument::secret(m_password)});
}

void LoginTask::onTaggedOk(const StateResponse &response)
{
    if (m_loggedIn) {
        succeed(); // CAPABILITY after login
        return;
    }
    m_loggedIn = true;
    session().setState(ImapSession::State::Authenticated);
    // Capabilities change after login; re-read them unless the OK carried them.
    if (response.code.kind == ResponseCode::Kind::Capability)
        succeed();
    else
        send("CAPABILITY");
}

Error LoginTask::errorForRejection(const StateResponse &response) const
{
    if (m_loggedIn)
        return Task::errorForRejection(response);
    return Error(Error::Kind::Auth,
        QStringLiteral("%1 rejected the login of \"%2\": %3. Check the user name and password.")
            .arg(session().options().host, m_user, serverText(response)),
        QString::fromUtf8(response.text));
}

} // namespace soar::imap
