#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace soar::soar {

// What one REST job ended with. Besides the error for people it carries what the outbox
// needs to schedule the next attempt.
struct SoarResult {
    common::Error error;
    int httpStatus = 0; // 0: no HTTP answer (network, TLS, timeout)
    QJsonObject json; // the answer's JSON object on success
    QString incidentId; // GetIncidentJob / CreateIncidentJob / UpdateIncidentJob
    bool retryable = false; // worth trying again later (network, timeout, 408, 429, 5xx)
    std::optional<std::chrono::seconds> retryAfter; // the server's Retry-After, when it sent one

    bool ok() const { return !error.isError(); }
};

} // namespace soar::soar

Q_DECLARE_METATYPE(soar::soar::SoarResult)
