#include "soar/IncidentRule.h"

namespace soar::soar {

using common::Error;

common::Result<void> IncidentRule::validate() const
{
    if (templateId <= 0)
        return Error(Error::Kind::Config,
            QStringLiteral("Choose the Cloud SOAR incident template (its numeric id) for the incident rule."));
    const auto mappingValid = mapping.validate();
    if (!mappingValid.ok())
        return mappingValid;
    for (const IncidentMappingRow &row : mapping.rows) {
        if (fixedFields.contains(row.incidentField.trimmed()))
            return Error(Error::Kind::Config,
                QStringLiteral("The incident field \"%1\" has a fixed value and is also filled from the mail; remove one "
                               "of the two.")
                    .arg(row.incidentField.trimmed()));
    }
    return {};
}

QJsonObject IncidentRule::requestBody(const MailSummaryForSoar &mail) const
{
    QJsonObject fields = fixedFields;
    const QJsonObject mapped = mapping.fieldsFor(mail);
    for (auto it = mapped.begin(); it != mapped.end(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("template_id"), templateId}, {QStringLiteral("fields"), fields}};
}

} // namespace soar::soar
