#pragma once

#include "store/OutboxState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace soar::store {

// One mail waiting for (or done with) delivery to the SOAR platform of its resource.
struct OutboxItem {
    qint64 id = 0;
    QString mailId; // the stable mail id (cloud_soar_mail_id)
    QString resource;
    QByteArray idempotencyKey; // travels as the Idempotency-Key header
    OutboxState state = OutboxState::Pending;
    int attempts = 0; // requests started, including the one in flight
    QDateTime nextAttemptAt;
    QString lastError; // the message of the last failed attempt, for people
    int httpStatus = 0; // of the last answer; 0 when there was none
    QString incidentId; // once delivered (may stay empty: a 2xx without an id)
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace soar::store
