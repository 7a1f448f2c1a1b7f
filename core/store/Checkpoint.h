#pragma once

#include <QDateTime>

namespace soar::store {

// How far a folder has been fetched. A changed UIDVALIDITY invalidates highestUid.
struct Checkpoint {
    quint32 uidValidity = 0;
    quint32 highestUid = 0;
    QDateTime newestDate; // newest INTERNALDATE fetched; invalid when unknown

    bool operator==(const Checkpoint &o) const
    {
        return uidValidity == o.uidValidity && highestUid == o.highestUid && newestDate == o.newestDate;
    }
};

} // namespace soar::store
