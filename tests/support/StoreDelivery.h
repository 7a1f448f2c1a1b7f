#pragma once

#include "store/DeliveryState.h"
#include "store/MailStore.h"
#include "store/Outbox.h"

namespace soar::test {

// Moves a stored mail to a delivery state the way delivery to the SOAR does, through the
// outbox of the same store file: left queued (Pending), Delivered as incident `detail`, or
// Failed with the message `detail`. The mail must have been queued the way the product queues
// it, by its ingest (IncomingMail::queueForSoar); false otherwise.
inline bool setDeliveryState(
    const store::MailStore &store, const QString &mailId, store::DeliveryState state, const QString &detail = {})
{
    const auto mail = store.mail(mailId);
    store::Outbox outbox;
    if (!mail.ok() || !outbox.open(store.path()).ok())
        return false;
    const auto queued = outbox.items(store::OutboxState::Pending, mail.value().resource);
    if (!queued.ok())
        return false;
    qint64 item = 0;
    for (const store::OutboxItem &candidate : queued.value()) {
        if (candidate.mailId == mailId)
            item = candidate.id;
    }
    if (item == 0)
        return false;
    switch (state) {
    case store::DeliveryState::Pending:
        return true;
    case store::DeliveryState::Delivered:
        return outbox.markDelivering(item).ok() && outbox.markDelivered(item, detail).ok();
    case store::DeliveryState::Failed:
        return outbox.markFailed(item, detail).ok();
    case store::DeliveryState::None:
        break;
    }
    return false;
}

} // namespace soar::test
