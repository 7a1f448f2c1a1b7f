#include "daemon/SoarSettingsMapping.h"

#include <QJsonArray>
#include <QJsonObject>

namespace soar::daemon {

::soar::soar::SoarConnection SoarSettingsMapping::connection(const settings::ResourceSettings &r, const QString &secret)
{
    ::soar::soar::SoarConnection c;
    c.url = r.soar.url;
    c.auth = r.soar.auth == settings::SoarAuth::Jwt ? ::soar::soar::SoarAuthMode::Jwt : ::soar::soar::SoarAuthMode::AccessKey;
    c.accessId = r.soar.accessId;
    c.secret = secret;
    c.tls.caFile = r.soar.caFile;
    c.tls.trustedFingerprint = r.soar.trustedFingerprint;
    return c;
}

common::Result<::soar::soar::IncidentRule> SoarSettingsMapping::incidentRule(const settings::ResourceSettings &r)
{
    ::soar::soar::IncidentRule rule;
    rule.templateId = r.soar.incidentTemplateId;
    if (r.soar.incidentMapping.isEmpty()) {
        rule.mapping = ::soar::soar::IncidentMapping::defaults(r.soar.mailIdField);
        return rule;
    }
    QJsonArray rows;
    for (const settings::IncidentFieldRow &row : r.soar.incidentMapping)
        rows.append(QJsonObject {{QStringLiteral("source"), row.source}, {QStringLiteral("field"), row.field}});
    auto mapping = ::soar::soar::IncidentMapping::fromJson(rows);
    if (!mapping.ok())
        return mapping.error();
    rule.mapping = mapping.value();
    return rule;
}

} // namespace soar::daemon
