#pragma once

#include "store/RunRecord.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStringList>

namespace soar::test {

// Proof that a paused daemon fetched nothing: of the runs a runFinished spy saw (the RunRecord
// at argument recordArg), those that stored mail all started at or after resumedAt. Returns
// the ones that did not, described; empty when there are none.
inline QString runsStoringBefore(const QSignalSpy &runs, int recordArg, const QDateTime &resumedAt)
{
    QStringList early;
    for (const QList<QVariant> &finished : runs) {
        const auto run = finished.at(recordArg).value<store::RunRecord>();
        if (run.stored > 0 && run.startedAt < resumedAt)
            early << QStringLiteral("a run started %1 stored %2 mail(s) before the resume at %3")
                         .arg(run.startedAt.toString(Qt::ISODateWithMs))
                         .arg(run.stored)
                         .arg(resumedAt.toString(Qt::ISODateWithMs));
    }
    return early.join(QLatin1Char('\n'));
}

} // namespace soar::test
