#include "soar/CreateIncidentJob.h"

#include "common/Logging.h"
#include "soar/IncidentIdReader.h"
#include "soar/SoarEndpoints.h"

#include <QJsonDocument>

namespace soar::soar {

CreateIncidentJob::CreateIncidentJob(SoarJobContext context, QJsonObject body, QByteArray idempotencyKey, QObject *parent)
    : SoarJob(std::move(context), parent), m_body(std::move(body)), m_idempotencyKey(std::move(idempotencyKey))
{ }

SoarJob::Request CreateIncidentJob::request() const
{
    return Request {"POST", SoarEndpoints::kCreateIncident, "application/json",
        QJsonDocument(m_body).toJson(QJsonDocument::Compact), m_idempotencyKey};
}

QString CreateIncidentJob::what() const
{
    return QStringLiteral("creating an incident");
}

void CreateIncidentJob::interpretSuccess(const HttpAnswer &answer, SoarResult &result) const
{
    SoarJob::interpretSuccess(answer, result);
    if (!result.ok())
        return;
    result.incidentId = IncidentIdReader::read(result.json);
    // The incident exists either way: reporting failure would make the outbox create it twice.
    if (result.incidentId.isEmpty())
        common::Logging::get("soar")->warn("Cloud SOAR created an incident but its answer names no id");
}

} // namespace soar::soar
