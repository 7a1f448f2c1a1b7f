#include "store/RunHistory.h"

#include "store/Sql.h"

namespace soar::store {

RunHistory::RunHistory(QSqlDatabase db) : m_db(std::move(db))
{ }

common::Result<qint64> RunHistory::record(const RunRecord &run)
{
    auto inserted = sql::exec(m_db, QStringLiteral("record a fetch run"),
        QStringLiteral("INSERT INTO runs(resource, started_at, duration_ms, matched, downloaded,"
                       " dropped_by_client_check, stored, duplicates, failed, bytes, error)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {run.resource, sql::timestamp(run.startedAt), run.durationMs, run.matched, run.downloaded, run.droppedByClientCheck,
            run.stored, run.duplicates, run.failed, run.bytes, run.error});
    if (!inserted.ok())
        return inserted.error();
    return inserted.value().lastInsertId().toLongLong();
}

common::Result<QVector<RunRecord>> RunHistory::list(const QString &resource, int limit) const
{
    // Delivered: outbox rows are written in the transaction that stores the mail, so the
    // run's rows are those of its resource created while it ran.
    QString statement = QStringLiteral(
        "SELECT id, resource, started_at, duration_ms, matched, downloaded, dropped_by_client_check, stored, duplicates,"
        " failed, bytes, error, (SELECT count(*) FROM outbox o WHERE o.resource = runs.resource AND o.state = 'delivered'"
        " AND o.created_at BETWEEN runs.started_at AND runs.started_at + runs.duration_ms) FROM runs");
    QVariantList values;
    if (!resource.isEmpty()) {
        statement += QStringLiteral(" WHERE resource = ?");
        values << resource;
    }
    statement += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?");
    values << qMax(0, limit);
    auto query = sql::exec(m_db, QStringLiteral("read the run history"), statement, values);
    if (!query.ok())
        return query.error();
    QVector<RunRecord> runs;
    QSqlQuery &q = query.value();
    while (q.next()) {
        RunRecord run;
        run.id = q.value(0).toLongLong();
        run.resource = q.value(1).toString();
        run.startedAt = sql::dateTime(q.value(2));
        run.durationMs = q.value(3).toLongLong();
        run.matched = q.value(4).toInt();
        run.downloaded = q.value(5).toInt();
        run.droppedByClientCheck = q.value(6).toInt();
        run.stored = q.value(7).toInt();
        run.duplicates = q.value(8).toInt();
        run.failed = q.value(9).toInt();
        run.bytes = q.value(10).toLongLong();
        run.error = q.value(11).toString();
        run.delivered = q.value(12).toInt();
        runs.append(run);
    }
    return runs;
}

} // namespace soar::store
