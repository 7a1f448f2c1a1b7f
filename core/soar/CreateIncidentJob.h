#pragma once

#include "soar/SoarJob.h"

#include <QJsonObject>

namespace soar::soar {

// POST incidents/ with {template_id, fields}: creates an incident from a template. The
// idempotency key travels as a header so a retried create can be recognised.
// result().incidentId is the new incident's id when the answer names it.
class CreateIncidentJob final : public SoarJob {
    Q_OBJECT
public:
    CreateIncidentJob(SoarJobContext context, QJsonObject body, QByteArray idempotencyKey, QObject *parent = nullptr);

protected:
    Request request() const override;
    QString what() const override;
    void interpretSuccess(const HttpAnswer &answer, SoarResult &result) const override;

private:
    QJsonObject m_body;
    QByteArray m_idempotencyKey;
};

} // namespace soar::soar
