// 500 mails through a server that fails 30% of all requests at random (seeded): 5xx, 429,
// dropped connections, and answers lost after the incident was created. At the end every
// mail is delivered exactly once and each idempotency key created exactly one incident.
// Time is simulated: whenever the delivery waits, the test moves the clock to its wake-up.

#include "OutboxBench.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace soar::soar;
using soar::store::OutboxState;
using soar::test::HttpRequest;
using soar::test::OutboxBench;
using soar::test::SoarTestServer;
using Fault = SoarTestServer::Fault;

namespace {
constexpr int kMails = 500;
constexpr int kFailurePercent = 30;
constexpr quint32 kSeed = 20261128;
} // namespace

class TestOutboxSoak : public QObject {
    Q_OBJECT
private slots:
    void everyMailIsDeliveredExactlyOnceThroughAFlakyServer()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QStringList mails;
        for (int n = 1; n <= kMails; ++n)
            mails << bench.queueMail(n);

        QRandomGenerator faults(kSeed);
        QMap<QString, int> injected;
        connect(&bench.server(), &SoarTestServer::requestReceived, this, [&](const HttpRequest &) {
            if (int(faults.bounded(100)) >= kFailurePercent)
                return;
            // Injected while the request is being handled, so it applies to this very request.
            switch (faults.bounded(5)) {
            case 0:
                bench.server().injectFault(Fault::answer(500, "{\"message\":\"internal error\"}"));
                ++injected[QStringLiteral("500")];
                break;
            case 1:
                bench.server().injectFault(Fault::answer(503));
                ++injected[QStringLiteral("503")];
                break;
            case 2:
                bench.server().injectFault(Fault::rateLimited("7"));
                ++injected[QStringLiteral("429")];
                break;
            case 3:
                bench.server().injectFault(Fault::drop());
                ++injected[QStringLiteral("dropped")];
                break;
            default:
                bench.server().injectFault(Fault::loseAnswer());
                ++injected[QStringLiteral("answer lost")];
                break;
            }
        });

        QRandomGenerator jitter(kSeed + 1);
        auto delivery = bench.delivery([&jitter] { return jitter.generateDouble(); });
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        QSignalSpy parkedOrFailed(delivery.get(), &OutboxDelivery::failed);
        QSignalSpy paused(delivery.get(), &OutboxDelivery::paused);
        const QDateTime start = bench.now();
        delivery->start();

        // Wakes the blocking processEvents below should the delivery ever get stuck.
        QTimer watchdog;
        watchdog.start(1000);
        const QDeadlineTimer deadline(std::chrono::minutes(4));
        int waits = 0;
        while (!deadline.hasExpired() && paused.isEmpty()) {
            QCoreApplication::processEvents();
            if (!delivery->isSending() && bench.outbox().pendingCount(OutboxBench::kResource).value() == 0)
                break;
            if (delivery->isSending())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            else if (bench.fastForward(*delivery))
                ++waits;
        }
        QVERIFY(!deadline.hasExpired());
        QVERIFY(paused.isEmpty());
        QCOMPARE(parkedOrFailed.size(), 0);

        QCOMPARE(delivered.size(), kMails);
        QSet<QString> deliveredMails;
        for (const auto &signal : delivered)
            deliveredMails.insert(signal.at(0).toString());
        QCOMPARE(deliveredMails.size(), kMails);

        QCOMPARE(bench.server().incidentCount(), kMails);
        QCOMPARE(bench.server().incidentsCreatedPerKey().size(), kMails);
        for (const QString &mail : mails) {
            const QByteArray key = bench.keyOf(mail);
            QCOMPARE(bench.server().incidentsCreatedPerKey().value(key), 1);
            const auto item = bench.itemForKey(key);
            QCOMPARE(item->state, OutboxState::Delivered);
            QCOMPARE(item->incidentId, bench.server().incidentForKey(key));
        }
        QVERIFY2(bench.server().violations().isEmpty(), qPrintable(bench.server().violations().join(QLatin1Char('\n'))));

        int faultCount = 0;
        for (auto it = injected.begin(); it != injected.end(); ++it)
            faultCount += it.value();
        QVERIFY(faultCount > kMails * kFailurePercent / 100 / 2); // the server really was flaky
        qInfo("%d requests, %d faults injected (500: %d, 503: %d, 429: %d, dropped: %d, answer lost: %d), "
              "%d backoff waits, %lld simulated seconds",
            int(bench.server().requests().size()), faultCount, injected.value(QStringLiteral("500")),
            injected.value(QStringLiteral("503")), injected.value(QStringLiteral("429")),
            injected.value(QStringLiteral("dropped")), injected.value(QStringLiteral("answer lost")), waits,
            start.secsTo(bench.now()));
    }
};

QTEST_GUILESS_MAIN(TestOutboxSoak)
#include "tst_outboxsoak.moc"
