#pragma once

#include "common/Result.h"
#include "store/OutboxCounts.h"
#include "store/OutboxItem.h"
#include "store/StoreConnection.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>
#include <QVector>

#include <functional>
#include <optional>

namespace soar::store {

// The persistent SOAR delivery queue, a table in the mail store file (schema v4) reached
// through its own connection, so the daemon's delivery and its fetching never share a
// transaction. Every change is one committed transaction; state changes also update the
// mail's delivery_state (and incident id / message) so the mail list shows them.
//
// Exactly-once towards the SOAR rests on two things: the idempotency key is UNIQUE here (a
// mail is queued once, and a delivered key is never sent again), and a row is marked
// 'delivering' BEFORE its request. A crash after the server's 2xx but before markDelivered()
// leaves the row 'delivering'; recoverInterrupted() makes it pending again and it is re-sent
// with the same key. Locally that is at-least-once; the second incident is avoided only
// because the server honours the Idempotency-Key (the test server does; Cloud SOAR is not
// documented to — see docs/soar-api.md).
class Outbox {
public:
    using Clock = std::function<QDateTime()>;

    // clock: "now" for created/updated times and "due now"; the system clock when empty.
    explicit Outbox(Clock clock = {});
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Opens the mail store file (common::AppPaths::storeFile() in the apps) and migrates it.
    common::Result<void> open(const QString &path);

    // The row that queues a mail, due now, written inside the ingest's own transaction
    // (MailIngester::queueForSoar): values mail row id, resource, idempotency key, then the time
    // 3 times. INSERT OR IGNORE: a known key keeps its row (a delivered mail is never queued again).
    static QString insertPendingStatement();

    // Pending items with next_attempt_at <= now, earliest first (then oldest row first).
    // resource empty: every resource.
    common::Result<QVector<OutboxItem>> due(const QDateTime &now, int limit, const QString &resource = {}) const;
    // The earliest next_attempt_at of a pending item; nullopt when nothing is pending.
    common::Result<std::optional<QDateTime>> nextAttemptAt(const QString &resource = {}) const;
    common::Result<OutboxItem> item(qint64 id) const;
    // Items in one state, oldest first (the UI lists parked and failed ones).
    common::Result<QVector<OutboxItem>> items(OutboxState state, const QString &resource = {}) const;
    // Pending plus delivering: what the UI shows as "waiting for the SOAR".
    common::Result<int> pendingCount(const QString &resource = {}) const;
    common::Result<OutboxCounts> counts(const QString &resource) const;

    // Written just before the request: counts the attempt.
    common::Result<void> markDelivering(qint64 id);
    common::Result<void> markDelivered(qint64 id, const QString &incidentId);
    // Back to pending until nextAttemptAt; error is the message for people.
    common::Result<void> markRetry(qint64 id, const QDateTime &nextAttemptAt, const QString &error, int httpStatus = 0);
    // The SOAR refused the item: kept, visible, sent again only by retryNow().
    common::Result<void> park(qint64 id, const QString &error, int httpStatus);
    // The item cannot be sent for a local reason; also waits for retryNow().
    common::Result<void> markFailed(qint64 id, const QString &error);
    // A parked, failed or waiting item becomes due now (a delivered one is left alone).
    common::Result<void> retryNow(qint64 id);
    // "Retry delivery" / "Retry all failed": every parked and failed item of the resource
    // (empty: of all resources), or only the one of mailId, becomes due now. Returns them.
    common::Result<QVector<OutboxItem>> retryFailed(const QString &resource, const QString &mailId = {});
    // After a crash: 'delivering' rows become pending and due now; returns how many.
    common::Result<int> recoverInterrupted(const QString &resource = {});

private:
    common::Result<void> requireOpen() const;
    // The statement on the open store; `what` names it in an error.
    common::Result<QSqlQuery> run(const QString &what, const QString &statement, const QVariantList &values) const;
    // Items read by kSelectItem followed by `condition` (WHERE ... ORDER BY ...).
    common::Result<QVector<OutboxItem>> itemsWhere(
        const QString &what, const QString &condition, const QVariantList &values) const;
    // Updates the row (and the mail's delivery state) in one transaction; NotFound for an
    // unknown id. `guard` is an extra WHERE condition on the row ('1' for none).
    common::Result<void> transition(qint64 id, const QString &what, const QString &assignments, const QVariantList &values,
        const QString &mailState, const QString &incidentId, const QString &mailMessage,
        const QString &guard = QStringLiteral("1"));
    QDateTime now() const;

    Clock m_clock;
    StoreConnection m_connection;
};

} // namespace soar::store
