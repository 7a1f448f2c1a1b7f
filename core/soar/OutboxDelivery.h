#pragma once

#include "common/Result.h"
#include "soar/IncidentRule.h"
#include "soar/MailSummaryForSoar.h"
#include "soar/OutboxDeliveryOptions.h"
#include "soar/SoarClient.h"
#include "soar/SoarJob.h"
#include "soar/SoarResult.h"
#include "store/OutboxItem.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace soar::store {
class Outbox;
}

namespace soar::soar {

// Delivers one resource's outbox to Cloud SOAR, one item at a time, independently of fetching
// (an outage only makes the queue longer). For each due item: mark it 'delivering', POST the
// incident with the item's Idempotency-Key, then record the verdict (DeliveryVerdict):
//  - 2xx: delivered, with the incident id;
//  - 5xx / 408 / 429 / timeout / network: retry after the Retry-After or an exponential
//    backoff with jitter; the whole resource holds off until then (it is the server that is
//    unwell, not the item);
//  - 401/403 (and TLS / "not the API"): the item stays pending and the resource pauses with
//    authenticationRejected() / paused() until resumeWith() (a new token);
//  - other 4xx: the item is parked with the server's message (failed()); the next goes on.
// start() first re-queues items a crash left 'delivering': they are sent again with the same
// key, so the incident is created once provided the server honours the key.
class OutboxDelivery : public QObject {
    Q_OBJECT
public:
    // The mail's SOAR view by stable mail id (the daemon reads the store and adds indicators).
    using MailLookup = std::function<common::Result<MailSummaryForSoar>(const QString &mailId)>;

    OutboxDelivery(store::Outbox &outbox, SoarClient client, IncidentRule rule, QString resource, MailLookup lookup,
        OutboxDeliveryOptions options = {}, QObject *parent = nullptr);
    ~OutboxDelivery() override;

    bool isPaused() const { return m_paused; }
    bool isSending() const { return m_job != nullptr; }
    // When the next attempt is planned; invalid when idle without pending items or paused.
    QDateTime nextWakeUp() const { return m_wakeAt; }

public slots:
    void start();
    // Cancels a request in flight (its item is due again at once) and stops the timer.
    void stop();
    // New items were queued: deliver now unless paused or holding off after a failure.
    void wake();
    // After the analyst fixed the settings: a new client (new token, new TLS options) and go.
    void resumeWith(const SoarClient &client);

signals:
    void delivered(const QString &mailId, const QString &incidentId);
    void retryScheduled(const QString &mailId, const QDateTime &at, const QString &message);
    // Parked (the server refused it) or failed locally; retry by hand (Outbox::retryNow).
    void failed(const QString &mailId, const QString &message);
    void authenticationRejected(const QString &message);
    // Every pause, for whatever reason (also after authenticationRejected).
    void paused(const QString &message);
    void pendingCountChanged(int count);
    // Nothing can be sent now: the queue is empty, or everything waits for later.
    void idle();

private:
    void resume();
    void deliverNext();
    void scheduleNext();
    void send(const store::OutboxItem &item);
    void onFinished(const store::OutboxItem &item, const SoarResult &result);
    void recordDelivered(const store::OutboxItem &item, const SoarResult &result);
    void recordRetry(const store::OutboxItem &item, const SoarResult &result);
    void pause(const store::OutboxItem &item, const SoarResult &result);
    void park(const store::OutboxItem &item, const SoarResult &result);
    void requeue(const store::OutboxItem &item, const QString &message);
    void wakeAt(const QDateTime &at);
    void storeFailed(const common::Error &error);
    void announcePendingCount();
    QDateTime now() const;

    store::Outbox &m_outbox;
    SoarClient m_client;
    IncidentRule m_rule;
    QString m_resource;
    MailLookup m_lookup;
    OutboxDeliveryOptions m_options;
    std::unique_ptr<RequestTimer> m_timer;
    QPointer<SoarJob> m_job;
    QDateTime m_holdUntil; // after a retryable failure nothing is sent before this
    QDateTime m_wakeAt;
    int m_failureStreak = 0;
    int m_lastPendingCount = -1;
    bool m_running = false;
    bool m_paused = false;
    bool m_nextQueued = false;
};

} // namespace soar::soar
