#pragma once

#include "store/AttachmentInfo.h"
#include "store/DeliveryState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace soar::store {

// Everything the store knows about one mail except its raw bytes (MailStore::rawMessage).
struct StoredMail {
    QString mailId; // stable id, the product's cloud_soar_mail_id
    QString resource;
    QString folder;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QString messageId;
    QString rawSha256; // lowercase hex of the raw message
    QDateTime date;
    QDateTime internalDate;
    QDateTime fetchedAt;
    QString fromDisplay;
    QString fromAddress;
    QStringList to;
    QStringList cc;
    QString subject;
    qint64 size = 0; // raw bytes
    QStringList flags;
    DeliveryState deliveryState = DeliveryState::None;
    QString soarIncidentId;
    QString soarMessage;
    QVector<AttachmentInfo> attachments;
};

} // namespace soar::store
