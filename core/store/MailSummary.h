#pragma once

#include "store/DeliveryState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace soar::store {

// One row of the mail list: only what the list view shows, so a page stays cheap.
struct MailSummary {
    QString mailId;
    QString resource;
    QString folder;
    QDateTime date;
    QString fromDisplay;
    QString fromAddress;
    QStringList to;
    QString subject;
    qint64 size = 0;
    QStringList flags;
    DeliveryState deliveryState = DeliveryState::None;
    int attachmentCount = 0;
};

} // namespace soar::store
