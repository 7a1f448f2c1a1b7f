#pragma once

#include <QString>

namespace soar::settings {

// One row of a resource's incident field mapping as the settings file holds it: a mail value
// by its stable name ("subject", "cloud_soar_mail_id", ...) -> a Cloud SOAR incident field.
// The names are checked against the SOAR module's list when the rule is built.
struct IncidentFieldRow {
    QString source;
    QString field;

    bool operator==(const IncidentFieldRow &o) const { return source == o.source && field == o.field; }
};

} // namespace soar::settings
