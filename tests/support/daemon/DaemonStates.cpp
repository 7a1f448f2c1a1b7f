#include "DaemonStates.h"

#include <QTest>

namespace soar::test {

DaemonStates::DaemonStates(daemon::IncomingMailDaemon *daemon) : QSignalSpy(daemon, &daemon::IncomingMailDaemon::stateChanged)
{ }

int DaemonStates::times(State state) const
{
    int n = 0;
    for (const QList<QVariant> &arguments : *this)
        n += arguments.first().value<State>() == state ? 1 : 0;
    return n;
}

bool DaemonStates::waitFor(State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return times(state) > 0; }, timeoutMs);
}

} // namespace soar::test
