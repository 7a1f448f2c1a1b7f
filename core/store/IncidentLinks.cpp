#include "store/IncidentLinks.h"

#include "store/MailReader.h"
#include "store/Sql.h"

namespace soar::store {

IncidentLinks::IncidentLinks(QSqlDatabase db) : m_db(std::move(db))
{ }

common::Result<void> IncidentLinks::link(
    const QString &mailId, const QString &incidentId, const QString &note, const QDateTime &now)
{
    if (incidentId.trimmed().isEmpty()) {
        return common::Error(
            common::Error::Kind::Config, QStringLiteral("Cannot link mail %1: the incident id is empty.").arg(mailId));
    }
    auto row = MailReader(m_db).rowId(mailId);
    if (!row.ok())
        return row.error();
    auto saved = sql::exec(m_db, QStringLiteral("link mail %1 to incident %2").arg(mailId, incidentId),
        QStringLiteral("INSERT OR REPLACE INTO incident_links(mail_id, incident_id, linked_at, note)"
                       " VALUES (?, ?, ?, ?)"),
        {row.value(), incidentId, sql::timestamp(now), note});
    if (!saved.ok())
        return saved.error();
    return {};
}

common::Result<QVector<IncidentLink>> IncidentLinks::of(const QString &mailId) const
{
    auto query = sql::exec(m_db, QStringLiteral("read the incident links"),
        QStringLiteral("SELECT l.incident_id, l.linked_at, l.note FROM incident_links l"
                       " JOIN mails m ON m.id = l.mail_id WHERE m.mail_id = ?"
                       " ORDER BY l.linked_at, l.incident_id"),
        {mailId});
    if (!query.ok())
        return query.error();
    QVector<IncidentLink> links;
    QSqlQuery &q = query.value();
    while (q.next())
        links.append({mailId, q.value(0).toString(), sql::dateTime(q.value(1)), q.value(2).toString()});
    return links;
}

} // namespace soar::store
