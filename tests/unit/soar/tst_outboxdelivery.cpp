// OutboxDelivery against the Cloud SOAR test server, one failure path per test, with an
// injected clock and manual timers: a backoff is checked by the interval the delivery asks
// for, then the test moves the clock there and fires the timer. Nothing sleeps.

#include "OutboxBench.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace soar::soar;
using soar::store::DeliveryState;
using soar::store::OutboxState;
using soar::test::OutboxBench;
using soar::test::SoarTestServer;
using Fault = SoarTestServer::Fault;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {
const QByteArray kNewToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuZXcifQ.bmV3c2lnbmF0dXJl";

void settle()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
}
} // namespace

class TestOutboxDelivery : public QObject {
    Q_OBJECT

    std::unique_ptr<OutboxBench> m_bench;

    soar::store::OutboxItem itemOf(const QString &mailId) { return m_bench->itemForKey(m_bench->keyOf(mailId)).value(); }
    // The delivery's planned wake-up as the interval it gave its timer.
    milliseconds wakeInterval() const { return m_bench->wakeTimer()->interval(); }

private slots:
    void init()
    {
        m_bench = std::make_unique<OutboxBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup()
    {
        if (!QTest::currentTestFailed()) {
            const QStringList violations = m_bench->server().violations();
            QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        }
        m_bench.reset();
    }

    void deliversEveryQueuedMailOnce()
    {
        const QStringList mails = {m_bench->queueMail(1), m_bench->queueMail(2), m_bench->queueMail(3)};
        auto delivery = m_bench->delivery();
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        QSignalSpy pending(delivery.get(), &OutboxDelivery::pendingCountChanged);
        delivery->start();
        QTRY_COMPARE(delivered.size(), 3);

        QCOMPARE(m_bench->server().incidentCount(), 3);
        QCOMPARE(m_bench->server().requests().size(), 3);
        for (int i = 0; i < mails.size(); ++i) {
            const QString incident = m_bench->server().incidentForKey(m_bench->keyOf(mails[i]));
            QVERIFY(!incident.isEmpty());
            QCOMPARE(delivered.at(i).at(0).toString(), mails[i]); // oldest queued first
            QCOMPARE(delivered.at(i).at(1).toString(), incident);
            QCOMPARE(itemOf(mails[i]).state, OutboxState::Delivered);
            const auto mail = m_bench->store().mail(mails[i]).value();
            QCOMPARE(mail.deliveryState, DeliveryState::Delivered);
            QCOMPARE(mail.soarIncidentId, incident);
            QCOMPARE(m_bench->server().requests().at(i).header("Idempotency-Key"), m_bench->keyOf(mails[i]));
        }
        QCOMPARE(pending.first().at(0).toInt(), 3);
        QCOMPARE(pending.last().at(0).toInt(), 0);
        QVERIFY(!m_bench->wakeTimer()->isRunning()); // nothing left to wait for
    }

    void serverErrorsBackOffExponentiallyThenRecover()
    {
        const QString first = m_bench->queueMail(1);
        const QString second = m_bench->queueMail(2);
        m_bench->server().injectFault(Fault::answer(503, "{\"message\":\"maintenance\"}"), 2);
        auto delivery = m_bench->delivery();
        QSignalSpy retries(delivery.get(), &OutboxDelivery::retryScheduled);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        QSignalSpy idle(delivery.get(), &OutboxDelivery::idle);
        const QDateTime start = m_bench->now();
        delivery->start();

        QTRY_COMPARE(retries.size(), 1);
        QTRY_VERIFY(idle.size() >= 1);
        QCOMPARE(retries.first().at(0).toString(), first);
        QCOMPARE(retries.first().at(1).toDateTime(), start.addSecs(10));
        QVERIFY(retries.first().at(2).toString().contains(QLatin1String("maintenance")));
        QCOMPARE(wakeInterval(), milliseconds(seconds(10)));
        QCOMPARE(itemOf(first).state, OutboxState::Pending);
        QCOMPARE(itemOf(first).httpStatus, 503);
        // The whole resource holds off: the second mail was not tried against a failing server.
        QCOMPARE(m_bench->server().requests().size(), 1);
        delivery->wake();
        settle();
        QCOMPARE(m_bench->server().requests().size(), 1);

        // Due first now is the second mail (the first waits until its own next attempt).
        QVERIFY(m_bench->fastForward(*delivery));
        QTRY_COMPARE(retries.size(), 2);
        QCOMPARE(retries.at(1).at(0).toString(), second);
        QTRY_COMPARE(wakeInterval(), milliseconds(seconds(20)));
        QCOMPARE(retries.at(1).at(1).toDateTime(), start.addSecs(10 + 20));

        QVERIFY(m_bench->fastForward(*delivery));
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(delivered.first().at(0).toString(), first);
        QCOMPARE(itemOf(first).attempts, 2);
        QCOMPARE(itemOf(second).attempts, 2);
        QCOMPARE(m_bench->server().incidentCount(), 2);
    }

    void rateLimitHonoursRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("delay-seconds") << QByteArray("120") << 120;
        // The test clock starts at Sat, 28 Nov 2026 10:00:00 GMT.
        QTest::newRow("HTTP-date") << QByteArray("Sat, 28 Nov 2026 10:01:30 GMT") << 90;
        QTest::newRow("HTTP-date in the past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("far future is capped at an hour") << QByteArray("86400") << 3600;
    }
    void rateLimitHonoursRetryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedSeconds);
        const QString mail = m_bench->queueMail(1);
        m_bench->server().injectFault(Fault::rateLimited(retryAfter));
        auto delivery = m_bench->delivery();
        QSignalSpy retries(delivery.get(), &OutboxDelivery::retryScheduled);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        const QDateTime start = m_bench->now();
        delivery->start();
        QTRY_COMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(1).toDateTime(), start.addSecs(expectedSeconds));
        if (expectedSeconds > 0) { // else it is due at once, and may be on its way again already
            QCOMPARE(itemOf(mail).nextAttemptAt, start.addSecs(expectedSeconds));
            QCOMPARE(itemOf(mail).httpStatus, 429);
            QTRY_VERIFY(m_bench->wakeTimer()->isRunning());
            QCOMPARE(wakeInterval(), milliseconds(seconds(expectedSeconds)));
            QVERIFY(m_bench->fastForward(*delivery));
        }
        QTRY_COMPARE(delivered.size(), 1);
    }

    void rejectedTokenPausesUntilResumedWithANewOne()
    {
        m_bench->server().acceptToken(kNewToken); // the bench's token has expired
        const QString mail = m_bench->queueMail(1);
        m_bench->queueMail(2);
        auto delivery = m_bench->delivery();
        QSignalSpy rejected(delivery.get(), &OutboxDelivery::authenticationRejected);
        QSignalSpy paused(delivery.get(), &OutboxDelivery::paused);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        delivery->start();
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().at(0).toString().contains(QLatin1String("copy a new one")),
            qPrintable(rejected.first().at(0).toString()));
        QCOMPARE(paused.size(), 1);
        QVERIFY(delivery->isPaused());
        QCOMPARE(itemOf(mail).state, OutboxState::Pending); // not parked: it is not the mail's fault
        QCOMPARE(m_bench->outbox().pendingCount(OutboxBench::kResource).value(), 2);

        // Paused means paused: no timer, and new mail does not wake it.
        QVERIFY(!m_bench->wakeTimer()->isRunning());
        m_bench->queueMail(3);
        delivery->wake();
        settle();
        QCOMPARE(m_bench->server().requests().size(), 1);

        delivery->resumeWith(m_bench->client(kNewToken));
        QTRY_COMPARE(delivered.size(), 3);
        QVERIFY(!delivery->isPaused());
        QCOMPARE(delivered.first().at(0).toString(), mail);
        QCOMPARE(m_bench->server().incidentCount(), 3);
    }

    void forbiddenAlsoPauses()
    {
        m_bench->queueMail(1);
        m_bench->server().injectFault(Fault::answer(403, "{\"message\":\"no permission to create incidents\"}"));
        auto delivery = m_bench->delivery();
        QSignalSpy rejected(delivery.get(), &OutboxDelivery::authenticationRejected);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        delivery->start();
        QTRY_COMPARE(rejected.size(), 1);
        delivery->resumeWith(m_bench->client());
        QTRY_COMPARE(delivered.size(), 1);
    }

    void refusedMailIsParkedAndRetriedByHand()
    {
        const QString refused = m_bench->queueMail(1);
        const QString next = m_bench->queueMail(2);
        m_bench->server().injectFault(Fault::answer(422, "{\"message\":\"field \\\"starttime\\\" is not a date\"}"));
        auto delivery = m_bench->delivery();
        QSignalSpy failed(delivery.get(), &OutboxDelivery::failed);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        delivery->start();
        QTRY_COMPARE(delivered.size(), 1); // the next mail is not held up
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), refused);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("starttime")), qPrintable(message));
        QCOMPARE(delivered.first().at(0).toString(), next);

        const auto parked = itemOf(refused);
        QCOMPARE(parked.state, OutboxState::Parked);
        QCOMPARE(parked.httpStatus, 422);
        QCOMPARE(parked.lastError, message);
        QCOMPARE(m_bench->store().mail(refused).value().deliveryState, DeliveryState::Failed);
        QCOMPARE(m_bench->store().mail(refused).value().soarMessage, message);
        QCOMPARE(m_bench->outbox().pendingCount(OutboxBench::kResource).value(), 0);

        QVERIFY(m_bench->outbox().retryNow(parked.id).ok());
        delivery->wake();
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(itemOf(refused).state, OutboxState::Delivered);
    }

    void slowServerTimesOutAndTheRetryFindsTheSameIncident()
    {
        const QString mail = m_bench->queueMail(1);
        m_bench->server().injectFault(Fault::hang());
        auto delivery = m_bench->delivery();
        QSignalSpy retries(delivery.get(), &OutboxDelivery::retryScheduled);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        delivery->start();
        QTRY_COMPARE(m_bench->server().droppedOrHeld(), 1);
        QCOMPARE(m_bench->requestTimers().runningCount(), 1);
        m_bench->requestTimers().fireAll(); // the client gives up after its timeout
        QTRY_COMPARE(retries.size(), 1);
        QVERIFY2(retries.first().at(2).toString().contains(QLatin1String("did not answer within 30 s")),
            qPrintable(retries.first().at(2).toString()));
        // ... while the server still creates the incident, too late for anyone to hear.
        m_bench->server().releaseHeld();
        QCOMPARE(m_bench->server().incidentCount(), 1);

        QTRY_VERIFY(m_bench->wakeTimer()->isRunning());
        QVERIFY(m_bench->fastForward(*delivery));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(m_bench->server().incidentCount(), 1);
        QCOMPARE(delivered.first().at(1).toString(), m_bench->server().incidentForKey(m_bench->keyOf(mail)));
    }

    void lostConnectionIsRetried_data()
    {
        QTest::addColumn<bool>("serverActed");
        QTest::newRow("dropped before the server acted") << false;
        QTest::newRow("dropped after the incident was created") << true;
    }
    void lostConnectionIsRetried()
    {
        QFETCH(bool, serverActed);
        const QString mail = m_bench->queueMail(1);
        // Several times: Qt itself resends a request once when the connection closes early.
        m_bench->server().injectFault(serverActed ? Fault::loseAnswer() : Fault::drop(), 5);
        auto delivery = m_bench->delivery();
        QSignalSpy retries(delivery.get(), &OutboxDelivery::retryScheduled);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        delivery->start();
        QTRY_COMPARE(retries.size(), 1);
        m_bench->server().clearFaults();
        QCOMPARE(m_bench->server().incidentCount(), serverActed ? 1 : 0);
        QTRY_VERIFY(m_bench->wakeTimer()->isRunning());
        QVERIFY(m_bench->fastForward(*delivery));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(m_bench->server().incidentCount(), 1);
        QCOMPARE(m_bench->server().incidentsCreatedPerKey().value(m_bench->keyOf(mail)), 1);
    }

    // What the idempotency key buys: a server that ignores it gets a second incident when an
    // answer is lost. The local side only guarantees at-least-once.
    void aServerIgnoringTheKeyGetsADuplicateAfterALostAnswer()
    {
        m_bench->server().setHonoursIdempotencyKey(false);
        const QString mail = m_bench->queueMail(1);
        m_bench->server().injectFault(Fault::loseAnswer(), 5);
        auto delivery = m_bench->delivery();
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        QSignalSpy retries(delivery.get(), &OutboxDelivery::retryScheduled);
        delivery->start();
        QTRY_COMPARE(retries.size(), 1);
        m_bench->server().clearFaults();
        QTRY_VERIFY(m_bench->wakeTimer()->isRunning());
        QVERIFY(m_bench->fastForward(*delivery));
        QTRY_COMPARE(delivered.size(), 1);
        // One per request that reached the server: the lost ones (Qt resends once) and ours.
        QVERIFY(m_bench->server().incidentCount() >= 2);
        QCOMPARE(m_bench->server().incidentsCreatedPerKey().value(m_bench->keyOf(mail)), m_bench->server().incidentCount());
    }

    void mailQueuedWhileIdleIsSentOnWake()
    {
        auto delivery = m_bench->delivery();
        QSignalSpy idle(delivery.get(), &OutboxDelivery::idle);
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        QSignalSpy pending(delivery.get(), &OutboxDelivery::pendingCountChanged);
        delivery->start();
        QTRY_COMPARE(idle.size(), 1);
        QVERIFY(!m_bench->wakeTimer()->isRunning());
        m_bench->queueMail(1);
        delivery->wake();
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(pending.at(0).at(0).toInt(), 0);
        QCOMPARE(pending.at(1).at(0).toInt(), 1);
        QCOMPARE(pending.last().at(0).toInt(), 0);
    }

    void stopPutsTheRequestInFlightBack()
    {
        const QString mail = m_bench->queueMail(1);
        m_bench->server().injectFault(Fault::hang());
        auto delivery = m_bench->delivery();
        delivery->start();
        QTRY_VERIFY(delivery->isSending());
        QCOMPARE(itemOf(mail).state, OutboxState::Delivering);
        delivery->stop();
        QTRY_VERIFY(!delivery->isSending());
        QCOMPARE(itemOf(mail).state, OutboxState::Pending);
        QCOMPARE(itemOf(mail).nextAttemptAt, m_bench->now());
        QVERIFY(!m_bench->wakeTimer()->isRunning());
    }

    void mailMissingFromTheStoreIsMarkedFailed()
    {
        const QString mail = m_bench->queueMail(1);
        auto rule = IncidentRule {};
        rule.templateId = 12;
        soar::soar::OutboxDeliveryOptions options;
        options.now = [this] { return m_bench->now(); };
        OutboxDelivery delivery(
            m_bench->outbox(), m_bench->client(), rule, OutboxBench::kResource,
            [](const QString &id) -> soar::common::Result<MailSummaryForSoar> {
                return soar::common::Error(soar::common::Error::Kind::NotFound, QStringLiteral("no mail %1").arg(id));
            },
            options);
        QSignalSpy failed(&delivery, &OutboxDelivery::failed);
        delivery.start();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(itemOf(mail).state, OutboxState::Failed);
        QVERIFY(itemOf(mail).lastError.contains(mail));
        QCOMPARE(m_bench->server().requests().size(), 0);
    }

    void anInvalidRulePausesBeforeSending()
    {
        m_bench->queueMail(1);
        soar::soar::OutboxDeliveryOptions options;
        options.now = [this] { return m_bench->now(); };
        OutboxDelivery delivery(
            m_bench->outbox(), m_bench->client(), IncidentRule {}, OutboxBench::kResource,
            [](const QString &) -> soar::common::Result<MailSummaryForSoar> { return MailSummaryForSoar {}; }, options);
        QSignalSpy paused(&delivery, &OutboxDelivery::paused);
        delivery.start();
        QCOMPARE(paused.size(), 1);
        QVERIFY(paused.first().at(0).toString().contains(QLatin1String("template")));
        delivery.resumeWith(m_bench->client()); // the rule is still invalid
        QCOMPARE(paused.size(), 2);
        QVERIFY(delivery.isPaused());
        settle();
        QCOMPARE(m_bench->server().requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outboxdelivery.moc"
