#pragma once

#include <QString>
#include <QUrl>

namespace soar::soar {

// Every Cloud SOAR path soar-imap uses, in one place. docs/soar-api.md is the contract behind
// them; the ones marked UNVERIFIED are our assumption where the vendor's documentation is silent.
struct SoarEndpoints {
    // API roots of the two deployments (documented).
    static inline const QString kLegacyApiPath = QStringLiteral("/incmansuite_ng/api/v3/");
    static inline const QString kSumoApiPath = QStringLiteral("/api/csoar/v3/");

    // GET incidents/{id} (documented). Relative to the API root.
    static QString incident(const QString &incidentId)
    {
        return QStringLiteral("incidents/") + QString::fromLatin1(QUrl::toPercentEncoding(incidentId));
    }

    // POST incidents/ with {template_id, fields} (documented; note the trailing slash).
    static inline const QString kCreateIncident = QStringLiteral("incidents/");

    // PUT api/v2/incidents/{id} with form field additional_info. Documented only as a framework
    // example; UNVERIFIED: that the v2 root sits next to the v3 root ("../v2/" from it).
    static QString updateIncidentV2(const QString &incidentId)
    {
        return QStringLiteral("../v2/incidents/") + QString::fromLatin1(QUrl::toPercentEncoding(incidentId));
    }

    // UNVERIFIED: Cloud SOAR is not documented to honour an idempotency header; we send it so a
    // server (or proxy) that does can drop a repeated create, and our own outbox keys on it.
    static inline const QByteArray kIdempotencyKeyHeader = QByteArrayLiteral("Idempotency-Key");

    // An incident id that cannot exist, for the connection test (any 404 answer from the API
    // proves the URL and the credentials work).
    static inline const QString kProbeIncidentId = QStringLiteral("soar-imap-connection-test-0");
};

} // namespace soar::soar
