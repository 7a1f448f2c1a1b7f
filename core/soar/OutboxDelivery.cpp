#include "soar/OutboxDelivery.h"

#include "common/CrashPoint.h"
#include "common/Logging.h"
#include "soar/CreateIncidentJob.h"
#include "soar/DeliveryVerdict.h"
#include "soar/QtRequestTimer.h"
#include "store/Outbox.h"

#include <QRandomGenerator>

namespace soar::soar {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    return common::Logging::get("soar");
}

QDateTime later(const QDateTime &from, std::chrono::milliseconds delay)
{
    return from.addMSecs(delay.count());
}
} // namespace

OutboxDelivery::OutboxDelivery(store::Outbox &outbox, SoarClient client, IncidentRule rule, QString resource, MailLookup lookup,
    OutboxDeliveryOptions options, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_client(std::move(client)), m_rule(std::move(rule)), m_resource(std::move(resource)),
      m_lookup(std::move(lookup)), m_options(std::move(options))
{
    if (!m_options.now)
        m_options.now = [] { return QDateTime::currentDateTimeUtc(); };
    if (!m_options.random)
        m_options.random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_timer = m_options.timerFactory ? m_options.timerFactory() : QtRequestTimer::factory()();
    connect(m_timer.get(), &RequestTimer::expired, this, [this] {
        m_wakeAt = {};
        deliverNext();
    });
}

OutboxDelivery::~OutboxDelivery()
{
    // An item in flight stays 'delivering'; the next start() sends it again with its key.
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QDateTime OutboxDelivery::now() const
{
    return m_options.now();
}

void OutboxDelivery::start()
{
    if (m_running)
        return;
    m_running = true;
    if (auto valid = m_rule.validate(); !valid.ok()) {
        SoarResult invalid;
        invalid.error = valid.error();
        pause({}, invalid);
        return;
    }
    auto recovered = m_outbox.recoverInterrupted(m_resource);
    if (!recovered.ok()) {
        storeFailed(recovered.error());
        return;
    }
    announcePendingCount();
    scheduleNext();
}

void OutboxDelivery::stop()
{
    m_running = false;
    m_timer->stop();
    m_wakeAt = {};
    if (m_job)
        m_job->abort(); // finished(Cancelled) puts the item back, due now
}

void OutboxDelivery::wake()
{
    announcePendingCount();
    if (m_running && !m_paused && !m_job && !(m_holdUntil.isValid() && now() < m_holdUntil))
        scheduleNext();
}

void OutboxDelivery::resumeWith(const SoarClient &client)
{
    m_client = client;
    resume();
}

void OutboxDelivery::resume()
{
    if (!m_paused)
        return;
    logger()->info("SOAR delivery of {} resumed", m_resource);
    m_paused = false;
    m_holdUntil = {};
    m_failureStreak = 0;
    // Through start() again: the rule is checked anew and nothing is left 'delivering'.
    m_running = false;
    start();
}

// Always from the event loop: a long queue must not become deep recursion.
void OutboxDelivery::scheduleNext()
{
    if (m_nextQueued)
        return;
    m_nextQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_nextQueued = false;
            deliverNext();
        },
        Qt::QueuedConnection);
}

void OutboxDelivery::deliverNext()
{
    if (!m_running || m_paused || m_job)
        return;
    const QDateTime current = now();
    if (m_holdUntil.isValid() && current < m_holdUntil) {
        wakeAt(m_holdUntil);
        emit idle();
        return;
    }
    auto due = m_outbox.due(current, 1, m_resource);
    if (!due.ok()) {
        storeFailed(due.error());
        return;
    }
    if (due.value().isEmpty()) {
        auto next = m_outbox.nextAttemptAt(m_resource);
        if (!next.ok()) {
            storeFailed(next.error());
            return;
        }
        if (next.value())
            wakeAt(*next.value());
        emit idle();
        return;
    }
    send(due.value().constFirst());
}

void OutboxDelivery::send(const store::OutboxItem &item)
{
    auto summary = m_lookup(item.mailId);
    if (!summary.ok()) {
        const QString message
            = QStringLiteral("Mail %1 could not be read for the SOAR: %2").arg(item.mailId, summary.error().message);
        if (auto marked = m_outbox.markFailed(item.id, message); !marked.ok()) {
            storeFailed(marked.error());
            return;
        }
        logger()->warn("{}", message);
        emit failed(item.mailId, message);
        announcePendingCount();
        scheduleNext();
        return;
    }
    // Written before the request: a crash from here on leaves a row to re-send with this key.
    if (auto marked = m_outbox.markDelivering(item.id); !marked.ok()) {
        storeFailed(marked.error());
        return;
    }
    m_timer->stop();
    m_wakeAt = {};
    m_job = m_client.createIncident(m_rule.requestBody(summary.value()), item.idempotencyKey, this);
    connect(m_job, &SoarJob::finished, this, [this, item](const SoarResult &result) {
        if (m_job)
            m_job->deleteLater();
        m_job = nullptr;
        onFinished(item, result);
    });
    logger()->debug("delivering mail {} of {} (attempt {})", item.mailId, m_resource, item.attempts + 1);
    m_job->start();
}

void OutboxDelivery::onFinished(const store::OutboxItem &item, const SoarResult &result)
{
    switch (deliveryVerdict(result)) {
    case DeliveryVerdict::Delivered:
        recordDelivered(item, result);
        break;
    case DeliveryVerdict::Retry:
        recordRetry(item, result);
        break;
    case DeliveryVerdict::Pause:
        pause(item, result);
        break;
    case DeliveryVerdict::Park:
        park(item, result);
        break;
    case DeliveryVerdict::Requeue:
        requeue(item, result.error.message);
        break;
    }
    announcePendingCount();
    scheduleNext();
}

void OutboxDelivery::recordDelivered(const store::OutboxItem &item, const SoarResult &result)
{
    // The incident exists now; a crash before the commit below is what the key is for.
    common::CrashPoint::hit("soar.after-2xx");
    if (auto marked = m_outbox.markDelivered(item.id, result.incidentId); !marked.ok()) {
        storeFailed(marked.error());
        return;
    }
    common::CrashPoint::hit("soar.after-delivered-commit");
    m_holdUntil = {};
    m_failureStreak = 0;
    if (result.incidentId.isEmpty())
        logger()->warn("Cloud SOAR accepted mail {} but did not name the incident", item.mailId);
    emit delivered(item.mailId, result.incidentId);
}

void OutboxDelivery::recordRetry(const store::OutboxItem &item, const SoarResult &result)
{
    ++m_failureStreak;
    const auto delay = result.retryAfter ? m_options.backoff.retryAfterDelay(*result.retryAfter)
                                         : m_options.backoff.delay(m_failureStreak, m_options.random());
    const QDateTime at = later(now(), delay);
    if (auto marked = m_outbox.markRetry(item.id, at, result.error.message, result.httpStatus); !marked.ok()) {
        storeFailed(marked.error());
        return;
    }
    m_holdUntil = at;
    logger()->info(
        "SOAR delivery of mail {} failed, retrying at {}: {}", item.mailId, at.toString(Qt::ISODate), result.error.toString());
    emit retryScheduled(item.mailId, at, result.error.message);
}

void OutboxDelivery::pause(const store::OutboxItem &item, const SoarResult &result)
{
    if (item.id != 0)
        requeue(item, result.error.message);
    m_paused = true;
    m_timer->stop();
    m_wakeAt = {};
    logger()->warn("SOAR delivery of {} paused: {}", m_resource, result.error.toString());
    if (result.error.kind == common::Error::Kind::Auth || result.httpStatus == 401 || result.httpStatus == 403)
        emit authenticationRejected(result.error.message);
    emit paused(result.error.message);
}

void OutboxDelivery::park(const store::OutboxItem &item, const SoarResult &result)
{
    if (auto marked = m_outbox.park(item.id, result.error.message, result.httpStatus); !marked.ok()) {
        storeFailed(marked.error());
        return;
    }
    logger()->warn("Cloud SOAR refused mail {}: {}", item.mailId, result.error.toString());
    emit failed(item.mailId, result.error.message);
}

// Back to pending and due at once, without counting as a failure of the server.
void OutboxDelivery::requeue(const store::OutboxItem &item, const QString &message)
{
    if (auto marked = m_outbox.markRetry(item.id, now(), message); !marked.ok())
        storeFailed(marked.error());
}

void OutboxDelivery::wakeAt(const QDateTime &at)
{
    m_wakeAt = at;
    m_timer->start(std::chrono::milliseconds(qMax<qint64>(0, now().msecsTo(at))));
}

void OutboxDelivery::storeFailed(const common::Error &error)
{
    logger()->warn("SOAR delivery of {} could not use the mail store: {}", m_resource, error.toString());
    if (m_running && !m_paused)
        wakeAt(later(now(), m_options.storeRetry));
}

void OutboxDelivery::announcePendingCount()
{
    auto count = m_outbox.pendingCount(m_resource);
    if (!count.ok() || count.value() == m_lastPendingCount)
        return;
    m_lastPendingCount = count.value();
    emit pendingCountChanged(m_lastPendingCount);
}

} // namespace soar::soar
