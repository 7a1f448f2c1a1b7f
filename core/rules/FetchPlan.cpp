#include "rules/FetchPlan.h"

namespace soar::rules {

FetchWindow FetchPlan::windowFor(quint32 mailboxUidValidity) const
{
    if (type == FetchType::Unseen || !checkpoint)
        return FetchWindow::unseen();
    if (checkpoint->uidValidity == mailboxUidValidity)
        return FetchWindow::uidsAbove(checkpoint->highestUid);
    if (checkpoint->newestStoredDate && checkpoint->newestStoredDate->isValid())
        return FetchWindow::sinceDate(checkpoint->newestStoredDate->toUTC().date().addDays(-1));
    return FetchWindow::all();
}

} // namespace soar::rules
