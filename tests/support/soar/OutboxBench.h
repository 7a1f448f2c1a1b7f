#pragma once

#include "ManualRequestTimer.h"
#include "SoarTestServer.h"

#include "soar/OutboxDelivery.h"
#include "soar/SoarClient.h"
#include "store/MailStore.h"
#include "store/Outbox.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace soar::test {

// What the outbox delivery tests share: a mail store with its outbox on a temporary file (or a
// given one), a Cloud SOAR test server (or the URL of one in another process), an injected
// clock, and manual timers for both the request timeouts and the delivery's wake-up.
class OutboxBench {
public:
    static const QByteArray kToken;
    static const QString kResource;

    struct Setup {
        QString storePath; // empty: a new file in a temporary directory
        QUrl serverRoot; // empty: start a SoarTestServer here
        QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    };

    OutboxBench() : OutboxBench(Setup {}) { }
    explicit OutboxBench(const Setup &setup);

    bool isReady() const { return m_ready; }
    SoarTestServer &server() { return *m_server; }
    store::MailStore &store() { return m_store; }
    store::Outbox &outbox() { return m_outbox; }
    ManualTimers &requestTimers() { return m_requestTimers; }

    QDateTime now() const { return m_now; }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

    // Stores mail n of the bench's resource and queues it; returns its stable mail id.
    QString queueMail(int n);
    QByteArray keyOf(const QString &mailId);
    // The outbox item with this idempotency key, in whatever state it is; nullopt when none.
    std::optional<store::OutboxItem> itemForKey(const QByteArray &key);

    soar::SoarClient client(const QByteArray &token = kToken);
    // random: the jitter source (0 = the full backoff delay).
    std::unique_ptr<soar::OutboxDelivery> delivery(std::function<double()> random = [] { return 0.0; });
    // The delivery's wake-up timer (the newest one created).
    ManualRequestTimer *wakeTimer() const;
    // Moves the clock to the delivery's planned wake-up and fires the timer; false when
    // nothing is planned.
    bool fastForward(const soar::OutboxDelivery &delivery);

private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<SoarTestServer> m_server;
    QUrl m_serverRoot;
    QNetworkAccessManager m_network;
    store::MailStore m_store;
    store::Outbox m_outbox;
    ManualTimers m_requestTimers;
    ManualTimers m_wakeTimers;
    bool m_ready = false;
};

} // namespace soar::test
