#include "soar/UpdateIncidentJob.h"

#include "soar/SoarEndpoints.h"

#include <QUrl>

namespace soar::soar {

UpdateIncidentJob::UpdateIncidentJob(SoarJobContext context, QString incidentId, QString additionalInfo, QObject *parent)
    : SoarJob(std::move(context), parent), m_incidentId(std::move(incidentId)), m_additionalInfo(std::move(additionalInfo))
{ }

SoarJob::Request UpdateIncidentJob::request() const
{
    // Every byte outside the unreserved set is percent-encoded, so '+' and '&' survive form decoding.
    const QByteArray form = "additional_info=" + QUrl::toPercentEncoding(m_additionalInfo);
    return Request {"PUT", SoarEndpoints::updateIncidentV2(m_incidentId), "application/x-www-form-urlencoded", form, {}};
}

QString UpdateIncidentJob::what() const
{
    return QStringLiteral("updating incident %1").arg(m_incidentId);
}

void UpdateIncidentJob::interpretSuccess(const HttpAnswer &answer, SoarResult &result) const
{
    SoarJob::interpretSuccess(answer, result);
    if (result.ok())
        result.incidentId = m_incidentId;
}

} // namespace soar::soar
