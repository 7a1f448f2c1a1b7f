#include "daemon/SessionFactory.h"

#include "imap/QtTimer.h"
#include "imap/transport/SslTransport.h"

namespace soar::daemon {

std::unique_ptr<imap::ImapSession> SessionFactory::create(const imap::SessionOptions &options, QObject *parent)
{
    const imap::TlsOptions tls = options.tls;
    auto transports = [tls]() -> std::unique_ptr<imap::Transport> { return std::make_unique<imap::SslTransport>(tls); };
    return std::make_unique<imap::ImapSession>(options, transports, imap::QtTimer::factory(), parent);
}

} // namespace soar::daemon
