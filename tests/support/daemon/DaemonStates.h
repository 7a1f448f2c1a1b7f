#pragma once

#include "daemon/IncomingMailDaemon.h"

#include <QSignalSpy>

namespace soar::test {

// Every state a daemon went through, in order. A failure shows as Backoff (it will retry),
// Paused (it waits for the analyst) or Stopped (once), with the reason in lastError().
class DaemonStates : public QSignalSpy {
public:
    using State = daemon::IncomingMailDaemon::State;

    explicit DaemonStates(daemon::IncomingMailDaemon *daemon);

    int times(State state) const;
    bool waitFor(State state, int timeoutMs);
};

} // namespace soar::test
