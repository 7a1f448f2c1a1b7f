#pragma once

#include "soar/SoarJob.h"

namespace soar::soar {

// PUT api/v2/incidents/{id} with the form field additional_info (the documented v2 update):
// how a mail summary is added to an existing incident.
class UpdateIncidentJob final : public SoarJob {
    Q_OBJECT
public:
    UpdateIncidentJob(SoarJobContext context, QString incidentId, QString additionalInfo, QObject *parent = nullptr);

protected:
    Request request() const override;
    QString what() const override;
    void interpretSuccess(const HttpAnswer &answer, SoarResult &result) const override;

private:
    QString m_incidentId;
    QString m_additionalInfo;
};

} // namespace soar::soar
