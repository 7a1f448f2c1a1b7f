#pragma once

#include "imap/ImapSession.h"

#include <memory>

namespace soar::daemon {

// Real IMAP sessions: QSslSocket transport and Qt timers.
class SessionFactory {
public:
    static std::unique_ptr<imap::ImapSession> create(const imap::SessionOptions &options, QObject *parent = nullptr);
};

} // namespace soar::daemon
