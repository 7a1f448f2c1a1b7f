#pragma once

#include <QDateTime>
#include <QString>

namespace soar::store {

// A stored mail attached to an incident by an analyst.
struct IncidentLink {
    QString mailId;
    QString incidentId;
    QDateTime linkedAt;
    QString note;
};

} // namespace soar::store
