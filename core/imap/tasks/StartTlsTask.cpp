#include "imap/tasks/StartTlsTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

void StartTlsTask::run()
{
    if (session().isEncrypted()) {
        succeed();
        return;
    }
    if (!session().hasCapability("STARTTLS")) {
        fail(Error(Error::Kind::Tls,
            QStringLiteral("%1 does not offer STARTTLS, so the connection cannot be encrypted. Nothing was sent; choose "
                           "implicit TLS if the server supports it.")
                .arg(session().options().host)));
        return;
    }
    send("STARTTLS");
}

void StartTlsTask::onTaggedOk(const StateResponse &)
{
    if (m_step == Step::StartTls) {
        m_step = Step::Handshake;
        session().beginTls();
        return;
    }
    succeed();
}

void StartTlsTask::onEncrypted()
{
    if (m_step != Step::Handshake || isFinished())
        return;
    m_step = Step::Capability;
    send("CAPABILITY");
}

Error StartTlsTask::errorForRejection(const StateResponse &response) const
{
    return Error(Error::Kind::Tls, QStringLiteral("%1 refused STARTTLS: %2").arg(session().options().host, serverText(response)));
}

} // namespace soar::imap
