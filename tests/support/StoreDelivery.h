#pragma once

#include "store/DeliveryState.h"
#include "store/MailStore.h"
#include "store/Outbox.h"

namespace soar::test {

// Puts a stored mail into a delivery state the way delivery to the SOAR does, through the
// outbox of the same store file: queued (Pending), Delivered as incident `detail`, or Failed
// with the message `detail`.
inline bool setDeliveryState(
    const store::MailStore &store, const QString &mailId, store::DeliveryState state, const QString &detail = {})
{
    const auto mail = store.mail(mailId);
    store::Outbox outbox;
    if (!mail.ok() || !outbox.open(store.path()).ok())
        return false;
    const auto item = outbox.enqueue(mailId, mail.value().resource, "test-" + mailId.toUtf8());
    if (!item.ok())
        return false;
    switch (state) {
    case store::DeliveryState::Pending:
        return true;
    case store::DeliveryState::Delivered:
        return outbox.markDelivering(item.value()).ok() && outbox.markDelivered(item.value(), detail).ok();
    case store::DeliveryState::Failed:
        return outbox.markFailed(item.value(), detail).ok();
    case store::DeliveryState::None:
        break;
    }
    return false;
}

} // namespace soar::test
