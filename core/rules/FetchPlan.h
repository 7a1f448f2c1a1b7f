#pragma once

#include "rules/Checkpoint.h"
#include "rules/FetchType.h"
#include "rules/FetchWindow.h"
#include "rules/FilterSpec.h"

#include <optional>

namespace soar::rules {

// Everything one fetch cycle of one folder needs to decide which mails to take: the fetch type,
// where the last cycle stopped, and the pre-filters. Fetch type and filters are ANDed.
struct FetchPlan {
    FetchType type = FetchType::Unseen;
    std::optional<Checkpoint> checkpoint; // only used by FromLatestStored
    FilterSpec filters;

    // The window for a folder whose SELECT reported mailboxUidValidity:
    //  Unseen, or FromLatestStored without checkpoint (the very first run) -> UNSEEN;
    //  same UIDVALIDITY -> UIDs above the highest stored UID;
    //  changed UIDVALIDITY -> rescan SINCE the newest stored mail's date minus one day (the
    //  server compares INTERNALDATE by day in its own time zone), or everything without a date.
    FetchWindow windowFor(quint32 mailboxUidValidity) const;
};

} // namespace soar::rules
