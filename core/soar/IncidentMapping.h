#pragma once

#include "common/Result.h"
#include "soar/IncidentMappingRow.h"
#include "soar/MailSummaryForSoar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace soar::soar {

// Which incident field each mail value goes to.
class IncidentMapping {
public:
    // The custom field the analyst creates in Cloud SOAR to hold soar-imap's mail id.
    static inline const QString kDefaultMailIdField = QStringLiteral("CSOAR Email ID");

    // cloud_soar_mail_id -> mailIdField, subject -> description, date -> starttime,
    // summary -> additional_info.
    static IncidentMapping defaults(const QString &mailIdField = kDefaultMailIdField);

    QList<IncidentMappingRow> rows;

    // Every row names a field, and no incident field is filled twice.
    common::Result<void> validate() const;
    // The "fields" object for POST incidents/; mail values that are missing are left out.
    QJsonObject fieldsFor(const MailSummaryForSoar &mail) const;

    // Settings form: [{"source": "subject", "field": "description"}, ...]
    static common::Result<IncidentMapping> fromJson(const QJsonArray &array);

    bool operator==(const IncidentMapping &o) const { return rows == o.rows; }
};

} // namespace soar::soar
