#pragma once

#include "soar/SoarJob.h"

namespace soar::soar {

// GET incidents/{id}: reads one incident. result().json is the incident as Cloud SOAR sent it.
class GetIncidentJob final : public SoarJob {
    Q_OBJECT
public:
    GetIncidentJob(SoarJobContext context, QString incidentId, QObject *parent = nullptr);

protected:
    Request request() const override;
    QString what() const override;
    void interpretSuccess(const HttpAnswer &answer, SoarResult &result) const override;

private:
    QString m_incidentId;
};

} // namespace soar::soar
