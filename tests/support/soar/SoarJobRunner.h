#pragma once

#include "soar/SoarJob.h"

#include <QCoreApplication>
#include <QSignalSpy>

namespace soar::test {

// Starts a job and waits for its one finished() signal; also checks that no second one follows.
// Returns false when it never finished or finished more than once.
inline bool runJob(soar::SoarJob *job, int timeoutMs = 10000)
{
    QSignalSpy spy(job, &soar::SoarJob::finished);
    job->start();
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    return spy.count() == 1;
}

} // namespace soar::test
