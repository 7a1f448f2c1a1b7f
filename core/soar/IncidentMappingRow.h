#pragma once

#include "soar/MailField.h"

#include <QString>

namespace soar::soar {

// One row of the mapping table the analyst edits: a mail value -> a Cloud SOAR incident field.
struct IncidentMappingRow {
    MailField source = MailField::Subject;
    QString incidentField; // the field name as Cloud SOAR knows it ("description", "CSOAR Email ID")

    bool operator==(const IncidentMappingRow &o) const { return source == o.source && incidentField == o.incidentField; }
};

} // namespace soar::soar
