#include "imap/tasks/CapabilityTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

void CapabilityTask::onTaggedOk(const StateResponse &)
{
    m_capabilities = session().capabilities();
    succeed();
}

} // namespace soar::imap
