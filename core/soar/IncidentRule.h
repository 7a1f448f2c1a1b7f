#pragma once

#include "common/Result.h"
#include "soar/IncidentMapping.h"
#include "soar/MailSummaryForSoar.h"

#include <QJsonObject>

namespace soar::soar {

// The per-resource rule "create an incident from template T for each newly stored mail".
struct IncidentRule {
    int templateId = 0; // the Cloud SOAR incident template
    IncidentMapping mapping = IncidentMapping::defaults();
    // Fields with a fixed value for every incident (incident_kind, incident_category, status,
    // restriction, ...), set by the analyst where the template does not default them.
    QJsonObject fixedFields;

    common::Result<void> validate() const;
    // {"template_id": T, "fields": {...}} for POST incidents/. Mapped values win over fixed ones.
    QJsonObject requestBody(const MailSummaryForSoar &mail) const;
};

} // namespace soar::soar
