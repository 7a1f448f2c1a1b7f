#include "store/Checkpoints.h"

#include "common/CrashPoint.h"
#include "store/Sql.h"
#include "store/SqlTransaction.h"

namespace soar::store {

Checkpoints::Checkpoints(QSqlDatabase db) : m_db(std::move(db))
{ }

common::Result<std::optional<Checkpoint>> Checkpoints::read(const QString &resource, const QString &folder) const
{
    auto query = sql::exec(m_db, QStringLiteral("read a checkpoint"),
        QStringLiteral("SELECT c.uidvalidity, c.highest_uid, c.newest_date FROM checkpoints c"
                       " JOIN resources r ON r.id = c.resource_id WHERE r.name = ? AND c.folder = ?"),
        {resource, folder});
    if (!query.ok())
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<Checkpoint>();
    return std::optional<Checkpoint>(
        Checkpoint {quint32(q.value(0).toLongLong()), quint32(q.value(1).toLongLong()), sql::dateTime(q.value(2))});
}

common::Result<void> Checkpoints::save(const QString &resource, const QString &folder, const Checkpoint &checkpoint)
{
    SqlTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun.ok())
        return begun;
    auto id = resourceId(resource);
    if (!id.ok())
        return id.error();
    auto saved = sql::exec(m_db, QStringLiteral("save the checkpoint of folder \"%1\"").arg(folder),
        QStringLiteral("INSERT OR REPLACE INTO checkpoints(resource_id, folder, uidvalidity, highest_uid,"
                       " newest_date) VALUES (?, ?, ?, ?, ?)"),
        {id.value(), folder, qint64(checkpoint.uidValidity), qint64(checkpoint.highestUid),
            sql::timestamp(checkpoint.newestDate)});
    if (!saved.ok())
        return saved.error();
    common::CrashPoint::hit("store.checkpoint-before-commit");
    return transaction.commit();
}

common::Result<qint64> Checkpoints::resourceId(const QString &resource) const
{
    const QString what = QStringLiteral("register resource \"%1\"").arg(resource);
    if (auto inserted = sql::exec(m_db, what, QStringLiteral("INSERT OR IGNORE INTO resources(name) VALUES (?)"), {resource});
        !inserted.ok())
        return inserted.error();
    auto query = sql::exec(m_db, what, QStringLiteral("SELECT id FROM resources WHERE name = ?"), {resource});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return common::Error(common::Error::Kind::Storage, QStringLiteral("Could not %1 in the mail store.").arg(what));
    return query.value().value(0).toLongLong();
}

} // namespace soar::store
