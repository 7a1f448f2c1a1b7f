#include "store/Outbox.h"

#include "common/Logging.h"
#include "store/DeliveryState.h"
#include "store/SchemaMigrations.h"
#include "store/Sql.h"
#include "store/SqlTransaction.h"

namespace soar::store {

namespace {
// " AND <column> = ?" with the resource appended to values, or nothing for every resource. A
// plain comparison lets SQLite use the outbox's (resource, state, ...) indexes; the one-statement
// form "(? = '' OR resource = ?)" made it read the whole outbox, delivered rows included.
QString resourceFilter(const QString &column, const QString &resource, QVariantList &values)
{
    if (resource.isEmpty())
        return {};
    values << resource;
    return QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
}

std::shared_ptr<spdlog::logger> logger()
{
    return common::Logging::get("store");
}

const QString kSelectItem
    = QStringLiteral("SELECT o.id, m.mail_id, o.resource, o.idempotency_key, o.state, o.attempts, o.next_attempt_at,"
                     " o.last_error, o.http_status, o.soar_incident_id, o.created_at, o.updated_at"
                     " FROM outbox o JOIN mails m ON m.id = o.mail_id");

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.mailId = q.value(1).toString();
    item.resource = q.value(2).toString();
    item.idempotencyKey = q.value(3).toString().toLatin1();
    item.state = outboxStateFromName(q.value(4).toString()).value_or(OutboxState::Pending);
    item.attempts = q.value(5).toInt();
    item.nextAttemptAt = sql::dateTime(q.value(6));
    item.lastError = q.value(7).toString();
    item.httpStatus = q.value(8).toInt();
    item.incidentId = q.value(9).toString();
    item.createdAt = sql::dateTime(q.value(10));
    item.updatedAt = sql::dateTime(q.value(11));
    return item;
}

QString state(OutboxState s)
{
    return outboxStateName(s);
}

common::Error unknownItem(qint64 id)
{
    return common::Error(common::Error::Kind::NotFound,
        QStringLiteral("Outbox item %1 is not in the mail store; it may have been removed with its mail.").arg(id));
}
} // namespace

Outbox::Outbox(Clock clock) : m_clock(std::move(clock))
{ }

common::Result<void> Outbox::open(const QString &path)
{
    if (auto opened = m_connection.open(path); !opened.ok())
        return opened;
    if (auto migrated = SchemaMigrations::migrate(m_connection.database()); !migrated.ok()) {
        m_connection.close();
        return migrated;
    }
    return {};
}

common::Result<void> Outbox::requireOpen() const
{
    if (m_connection.isOpen())
        return {};
    return common::Error(common::Error::Kind::Internal, QStringLiteral("The outbox is not open."));
}

common::Result<QSqlQuery> Outbox::run(const QString &what, const QString &statement, const QVariantList &values) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return sql::exec(m_connection.database(), what, statement, values);
}

common::Result<QVector<OutboxItem>> Outbox::itemsWhere(
    const QString &what, const QString &condition, const QVariantList &values) const
{
    auto query = run(what, kSelectItem + condition, values);
    if (!query.ok())
        return query.error();
    QVector<OutboxItem> items;
    while (query.value().next())
        items.append(readItem(query.value()));
    return items;
}

QDateTime Outbox::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString Outbox::insertPendingStatement()
{
    return QStringLiteral("INSERT OR IGNORE INTO outbox(mail_id, resource, idempotency_key, state, next_attempt_at,"
                          " created_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?)");
}

common::Result<QVector<OutboxItem>> Outbox::due(const QDateTime &now, int limit, const QString &resource) const
{
    QVariantList values {sql::timestamp(now)};
    const QString condition = QStringLiteral(" WHERE o.state = 'pending' AND o.next_attempt_at <= ?")
        + resourceFilter(QStringLiteral("o.resource"), resource, values)
        + QStringLiteral(" ORDER BY o.next_attempt_at, o.id LIMIT ?");
    values << qMax(0, limit);
    return itemsWhere(QStringLiteral("read the due outbox items"), condition, values);
}

common::Result<std::optional<QDateTime>> Outbox::nextAttemptAt(const QString &resource) const
{
    QVariantList values;
    const QString filter = resourceFilter(QStringLiteral("resource"), resource, values);
    auto query = run(QStringLiteral("read the next outbox attempt"),
        QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'") + filter, values);
    if (!query.ok())
        return query.error();
    if (!query.value().next() || query.value().value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(sql::dateTime(query.value().value(0)));
}

common::Result<OutboxItem> Outbox::item(qint64 id) const
{
    auto query = run(QStringLiteral("read outbox item %1").arg(id), kSelectItem + QStringLiteral(" WHERE o.id = ?"), {id});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return unknownItem(id);
    return readItem(query.value());
}

common::Result<QVector<OutboxItem>> Outbox::items(OutboxState itemState, const QString &resource) const
{
    QVariantList values {state(itemState)};
    const QString filter = resourceFilter(QStringLiteral("o.resource"), resource, values);
    return itemsWhere(QStringLiteral("list the outbox"),
        QStringLiteral(" WHERE o.state = ?") + filter + QStringLiteral(" ORDER BY o.id"), values);
}

common::Result<int> Outbox::pendingCount(const QString &resource) const
{
    QVariantList values;
    const QString filter = resourceFilter(QStringLiteral("resource"), resource, values);
    auto query = run(QStringLiteral("count the pending outbox items"),
        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'delivering')") + filter, values);
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return 0;
    return query.value().value(0).toInt();
}

common::Result<OutboxCounts> Outbox::counts(const QString &resource) const
{
    auto query = run(QStringLiteral("count the outbox items"),
        QStringLiteral("SELECT state, count(*) FROM outbox WHERE resource = ? GROUP BY state"), {resource});
    if (!query.ok())
        return query.error();
    OutboxCounts counts;
    while (query.value().next()) {
        const int n = query.value().value(1).toInt();
        switch (outboxStateFromName(query.value().value(0).toString()).value_or(OutboxState::Pending)) {
        case OutboxState::Pending:
        case OutboxState::Delivering:
            counts.pending += n;
            break;
        case OutboxState::Delivered:
            counts.delivered += n;
            break;
        case OutboxState::Failed:
        case OutboxState::Parked:
            counts.failed += n;
            break;
        }
    }
    auto latest = run(QStringLiteral("read the latest delivery error"),
        QStringLiteral("SELECT last_error FROM outbox WHERE resource = ? AND state <> 'delivered' AND last_error <> ''"
                       " ORDER BY updated_at DESC, id DESC LIMIT 1"),
        {resource});
    if (!latest.ok())
        return latest.error();
    if (latest.value().next())
        counts.lastError = latest.value().value(0).toString();
    return counts;
}

common::Result<void> Outbox::transition(qint64 id, const QString &what, const QString &assignments, const QVariantList &values,
    const QString &mailState, const QString &incidentId, const QString &mailMessage, const QString &guard)
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    const QSqlDatabase db = m_connection.database();
    SqlTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun.ok())
        return begun;
    QVariantList bound = values;
    bound << sql::timestamp(now()) << id;
    auto updated = sql::exec(
        db, what, QStringLiteral("UPDATE outbox SET %1, updated_at = ? WHERE id = ? AND (%2)").arg(assignments, guard), bound);
    if (!updated.ok())
        return updated.error();
    if (updated.value().numRowsAffected() == 0) {
        auto current = item(id);
        if (!current.ok())
            return current.error();
        return common::Error(common::Error::Kind::Internal,
            QStringLiteral("Could not %1: outbox item %2 (mail %3) is %4.")
                .arg(what)
                .arg(id)
                .arg(current.value().mailId, outboxStateName(current.value().state)));
    }
    if (!mailState.isEmpty()) {
        auto marked = sql::exec(db, what,
            QStringLiteral("UPDATE mails SET delivery_state = ?, soar_incident_id = ?, soar_message = ?"
                           " WHERE id = (SELECT mail_id FROM outbox WHERE id = ?)"),
            {mailState, incidentId, mailMessage, id});
        if (!marked.ok())
            return marked.error();
    }
    return transaction.commit();
}

common::Result<void> Outbox::markDelivering(qint64 id)
{
    return transition(id, QStringLiteral("start delivering outbox item %1").arg(id),
        QStringLiteral("state = 'delivering', attempts = attempts + 1"), {}, {}, {}, {}, QStringLiteral("state = 'pending'"));
}

common::Result<void> Outbox::markDelivered(qint64 id, const QString &incidentId)
{
    auto done = transition(id, QStringLiteral("record the delivery of outbox item %1").arg(id),
        QStringLiteral("state = 'delivered', soar_incident_id = ?, last_error = '', http_status = 0"), {incidentId},
        deliveryStateName(DeliveryState::Delivered), incidentId, {});
    if (done.ok())
        logger()->debug("outbox item {} delivered as incident {}", id, incidentId);
    return done;
}

common::Result<void> Outbox::markRetry(qint64 id, const QDateTime &nextAttemptAt, const QString &error, int httpStatus)
{
    return transition(id, QStringLiteral("reschedule outbox item %1").arg(id),
        QStringLiteral("state = 'pending', next_attempt_at = ?, last_error = ?, http_status = ?"),
        {sql::timestamp(nextAttemptAt), error, httpStatus}, deliveryStateName(DeliveryState::Pending), {}, error,
        QStringLiteral("state <> 'delivered'"));
}

common::Result<void> Outbox::park(qint64 id, const QString &error, int httpStatus)
{
    return transition(id, QStringLiteral("park outbox item %1").arg(id),
        QStringLiteral("state = 'parked', last_error = ?, http_status = ?"), {error, httpStatus},
        deliveryStateName(DeliveryState::Failed), {}, error, QStringLiteral("state <> 'delivered'"));
}

common::Result<void> Outbox::markFailed(qint64 id, const QString &error)
{
    return transition(id, QStringLiteral("mark outbox item %1 as failed").arg(id),
        QStringLiteral("state = 'failed', last_error = ?, http_status = 0"), {error}, deliveryStateName(DeliveryState::Failed),
        {}, error, QStringLiteral("state <> 'delivered'"));
}

common::Result<void> Outbox::retryNow(qint64 id)
{
    return transition(id, QStringLiteral("retry outbox item %1").arg(id),
        QStringLiteral("state = 'pending', next_attempt_at = ?"), {sql::timestamp(now())},
        deliveryStateName(DeliveryState::Pending), {}, {}, QStringLiteral("state IN ('pending', 'failed', 'parked')"));
}

common::Result<QVector<OutboxItem>> Outbox::retryFailed(const QString &resource, const QString &mailId)
{
    QVector<OutboxItem> retried;
    for (OutboxState waiting : {OutboxState::Parked, OutboxState::Failed}) {
        auto found = items(waiting, resource);
        if (!found.ok())
            return found.error();
        for (const OutboxItem &item : found.value()) {
            if (!mailId.isEmpty() && item.mailId != mailId)
                continue;
            if (auto done = retryNow(item.id); !done.ok())
                return done.error();
            retried.append(item);
        }
    }
    return retried;
}

common::Result<int> Outbox::recoverInterrupted(const QString &resource)
{
    QVariantList values {sql::timestamp(now()), sql::timestamp(now())};
    const QString filter = resourceFilter(QStringLiteral("resource"), resource, values);
    auto updated = run(QStringLiteral("recover interrupted deliveries"),
        QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
                       " WHERE state = 'delivering'")
            + filter,
        values);
    if (!updated.ok())
        return updated.error();
    const int recovered = updated.value().numRowsAffected();
    if (recovered > 0)
        logger()->info("{} SOAR deliveries were interrupted; sending them again with the same idempotency key", recovered);
    return recovered;
}

} // namespace soar::store
