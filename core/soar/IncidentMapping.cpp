#include "soar/IncidentMapping.h"

#include <QSet>

namespace soar::soar {

using common::Error;

IncidentMapping IncidentMapping::defaults(const QString &mailIdField)
{
    IncidentMapping mapping;
    mapping.rows = {
        {MailField::CloudSoarMailId, mailIdField},
        {MailField::Subject, QStringLiteral("description")},
        {MailField::Date, QStringLiteral("starttime")},
        {MailField::Summary, QStringLiteral("additional_info")},
    };
    return mapping;
}

common::Result<void> IncidentMapping::validate() const
{
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const QString field = rows.at(i).incidentField.trimmed();
        if (field.isEmpty())
            return Error(Error::Kind::Config,
                QStringLiteral("Row %1 of the incident field mapping (%2) names no incident field; enter the Cloud "
                               "SOAR field name or remove the row.")
                    .arg(i + 1)
                    .arg(MailFields::name(rows.at(i).source)));
        if (seen.contains(field))
            return Error(Error::Kind::Config,
                QStringLiteral("The incident field \"%1\" is filled by more than one row of the mapping; keep one.").arg(field));
        seen.insert(field);
    }
    return {};
}

QJsonObject IncidentMapping::fieldsFor(const MailSummaryForSoar &mail) const
{
    QJsonObject fields;
    for (const IncidentMappingRow &row : rows) {
        const QJsonValue value = MailFields::value(row.source, mail);
        if (!value.isUndefined())
            fields.insert(row.incidentField.trimmed(), value);
    }
    return fields;
}

common::Result<IncidentMapping> IncidentMapping::fromJson(const QJsonArray &array)
{
    IncidentMapping mapping;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject row = array.at(i).toObject();
        const QString sourceName = row.value(QLatin1String("source")).toString();
        const auto source = MailFields::fromName(sourceName);
        if (!source) {
            QStringList names;
            for (MailField f : MailFields::all())
                names << MailFields::name(f);
            return Error(Error::Kind::Config,
                QStringLiteral("Row %1 of the incident field mapping has the unknown mail field \"%2\"; use one of: %3.")
                    .arg(i + 1)
                    .arg(sourceName, names.join(QStringLiteral(", "))));
        }
        mapping.rows.append({*source, row.value(QLatin1String("field")).toString()});
    }
    const auto valid = mapping.validate();
    if (!valid.ok())
        return valid.error();
    return mapping;
}

} // namespace soar::soar
