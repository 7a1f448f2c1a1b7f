#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <optional>

namespace soar::rules {

// Where "Fetch From Latest stored mail" resumes in one folder: UIDs are only comparable while
// the folder's UIDVALIDITY stays the same, so the date of the newest stored mail is kept too
// for the rescan after a UIDVALIDITY change.
struct Checkpoint {
    quint32 uidValidity = 0;
    quint32 highestUid = 0;
    std::optional<QDateTime> newestStoredDate;

    bool operator==(const Checkpoint &o) const
    {
        return uidValidity == o.uidValidity && highestUid == o.highestUid && newestStoredDate == o.newestStoredDate;
    }
};

} // namespace soar::rules
