#include "imap/SessionOpener.h"

#include "imap/ImapSession.h"
#include "imap/tasks/AuthenticateTask.h"
#include "imap/tasks/ConnectTask.h"
#include "imap/tasks/LoginTask.h"
#include "imap/tasks/SelectTask.h"
#include "imap/tasks/StartTlsTask.h"

namespace soar::imap {

using common::Error;

SessionOpener::SessionOpener(ImapSession &session, Credentials credentials, QString mailbox, bool readOnly, QObject *parent)
    : QObject(parent), m_session(session), m_credentials(std::move(credentials)), m_mailboxName(std::move(mailbox)),
      m_readOnly(readOnly)
{ }

SessionOpener::~SessionOpener() = default;

void SessionOpener::start()
{
    m_step = Step::Connect;
    runStep();
}

std::unique_ptr<Task> SessionOpener::makeAuthTask() const
{
    using M = Credentials::Method;
    M method = m_credentials.method;
    if (method == M::Automatic)
        method = m_session.hasCapability("AUTH=PLAIN") || !m_credentials.authorizationId.isEmpty() ? M::Plain : M::Login;
    if (method == M::Login)
        return std::make_unique<LoginTask>(m_credentials.user, m_credentials.secret);
    SaslCredentials sasl;
    sasl.mechanism = method == M::Plain ? SaslCredentials::Mechanism::Plain
        : method == M::XOAuth2          ? SaslCredentials::Mechanism::XOAuth2
                                        : SaslCredentials::Mechanism::OAuthBearer;
    sasl.user = m_credentials.user;
    sasl.secret = m_credentials.secret;
    sasl.authorizationId = m_credentials.authorizationId;
    return std::make_unique<AuthenticateTask>(sasl);
}

void SessionOpener::runStep()
{
    switch (m_step) {
    case Step::Connect:
        m_task = std::make_unique<ConnectTask>();
        break;
    case Step::StartTls:
        if (m_session.options().security != Security::StartTls) {
            m_step = Step::Authenticate;
            runStep();
            return;
        }
        m_task = std::make_unique<StartTlsTask>();
        break;
    case Step::Authenticate:
        if (m_session.state() == ImapSession::State::Authenticated) { // PREAUTH
            m_step = Step::Select;
            runStep();
            return;
        }
        m_task = makeAuthTask();
        break;
    case Step::Select:
        if (m_mailboxName.isEmpty()) {
            m_step = Step::Done;
            runStep();
            return;
        }
        m_task = std::make_unique<SelectTask>(m_mailboxName, m_readOnly);
        break;
    case Step::Done:
        emit finished({});
        return;
    }
    connect(m_task.get(), &Task::finished, this, &SessionOpener::onTaskFinished);
    m_session.enqueue(m_task.get());
}

void SessionOpener::onTaskFinished(const Error &error)
{
    if (error.isError()) {
        m_step = Step::Done;
        emit finished(error);
        return;
    }
    if (auto *select = qobject_cast<SelectTask *>(m_task.get()))
        m_mailbox = select->mailbox();
    // The finished task is deleted later: we are inside its signal.
    m_task.release()->deleteLater();
    m_step = Step(int(m_step) + 1);
    runStep();
}

} // namespace soar::imap
