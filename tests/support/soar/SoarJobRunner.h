#pragma once

#include "soar/SoarJob.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <optional>

namespace soar::test {

// Starts a job and waits for its one finished() signal; also checks that no second one follows.
// The result it finished with, as the product receives it; nullopt when it never finished or
// finished more than once.
inline std::optional<soar::SoarResult> runJob(soar::SoarJob *job, int timeoutMs = 10000)
{
    QSignalSpy spy(job, &soar::SoarJob::finished);
    job->start();
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return std::nullopt;
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (spy.count() != 1)
        return std::nullopt;
    return spy.first().first().value<soar::SoarResult>();
}

} // namespace soar::test
