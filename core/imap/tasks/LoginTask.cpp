#include "imap/tasks/LoginTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

LoginTask::LoginTask(QString user, QString password, QObject *parent)
    : SignInTask(parent), m_user(std::move(user)), m_password(std::move(password))
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

Error LoginTask::rejection(const StateResponse &response) const
{
    return Error(Error::Kind::Auth,
        QStringLiteral("%1 rejected the login of \"%2\": %3. Check the user name and password.")
            .arg(session().options().host, m_user, serverText(response)),
        QString::fromUtf8(response.text));
}

} // namespace soar::imap
