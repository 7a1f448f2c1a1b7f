#pragma once

#include "common/Result.h"
#include "store/IncidentLink.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace soar::store {

// The incidents an analyst attached stored mails to (Link to incident in the mail view).
class IncidentLinks {
public:
    explicit IncidentLinks(QSqlDatabase db);

    // Linking the same incident twice updates the note and time.
    common::Result<void> link(const QString &mailId, const QString &incidentId, const QString &note, const QDateTime &now);
    common::Result<QVector<IncidentLink>> of(const QString &mailId) const;

private:
    QSqlDatabase m_db;
};

} // namespace soar::store
