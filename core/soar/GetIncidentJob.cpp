#include "soar/GetIncidentJob.h"

#include "soar/IncidentIdReader.h"
#include "soar/SoarEndpoints.h"

namespace soar::soar {

GetIncidentJob::GetIncidentJob(SoarJobContext context, QString incidentId, QObject *parent)
    : SoarJob(std::move(context), parent), m_incidentId(std::move(incidentId))
{ }

SoarJob::Request GetIncidentJob::request() const
{
    return Request {"GET", SoarEndpoints::incident(m_incidentId), {}, {}, {}};
}

QString GetIncidentJob::what() const
{
    return QStringLiteral("reading incident %1").arg(m_incidentId);
}

void GetIncidentJob::interpretSuccess(const HttpAnswer &answer, SoarResult &result) const
{
    SoarJob::interpretSuccess(answer, result);
    if (result.ok()) {
        const QString id = IncidentIdReader::read(result.json);
        result.incidentId = id.isEmpty() ? m_incidentId : id;
    }
}

} // namespace soar::soar
