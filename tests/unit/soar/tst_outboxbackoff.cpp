// The pure parts of the outbox's retry policy: the backoff delays and the verdict on an answer.

#include "soar/DeliveryVerdict.h"
#include "soar/RetryBackoff.h"

#include <QTest>

using namespace soar::soar;
using Kind = soar::common::Error::Kind;
using std::chrono::milliseconds;
using std::chrono::seconds;

Q_DECLARE_METATYPE(DeliveryVerdict)

namespace {
SoarResult answer(int status, Kind kind, bool retryable)
{
    SoarResult result;
    result.httpStatus = status;
    if (kind != Kind::None)
        result.error = soar::common::Error(kind, QStringLiteral("message"));
    result.retryable = retryable;
    return result;
}
} // namespace

class TestOutboxBackoff : public QObject {
    Q_OBJECT
private slots:
    void delayDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first failure") << 1 << 0.0 << qint64(10'000);
        QTest::newRow("second") << 2 << 0.0 << qint64(20'000);
        QTest::newRow("fifth") << 5 << 0.0 << qint64(160'000);
        QTest::newRow("seventh") << 7 << 0.0 << qint64(640'000);
        QTest::newRow("eighth is capped at 15 min") << 8 << 0.0 << qint64(900'000);
        QTest::newRow("many failures stay capped") << 1000 << 0.0 << qint64(900'000);
        QTest::newRow("jitter removes up to half") << 1 << 0.5 << qint64(7'500);
        QTest::newRow("jitter three quarters") << 2 << 0.75 << qint64(12'500);
        QTest::newRow("jitter on the cap") << 50 << 1.0 << qint64(450'000);
        QTest::newRow("a bad random value is clamped") << 1 << 7.0 << qint64(5'000);
        QTest::newRow("zero failures is the first delay") << 0 << 0.0 << qint64(10'000);
    }
    void delayDoublesUpToTheCap()
    {
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        QCOMPARE(RetryBackoff {}.delay(failures, random).count(), expectedMs);
    }

    void retryAfterIsHonouredUpToItsCap()
    {
        const RetryBackoff backoff;
        QCOMPARE(backoff.retryAfterDelay(seconds(0)), milliseconds(0));
        QCOMPARE(backoff.retryAfterDelay(seconds(120)), milliseconds(120'000));
        QCOMPARE(backoff.retryAfterDelay(seconds(7200)), milliseconds(3'600'000));
        QCOMPARE(backoff.retryAfterDelay(seconds(-5)), milliseconds(0));
    }

    void verdict_data()
    {
        QTest::addColumn<SoarResult>("result");
        QTest::addColumn<DeliveryVerdict>("expected");
        QTest::newRow("201") << answer(201, Kind::None, false) << DeliveryVerdict::Delivered;
        QTest::newRow("500") << answer(500, Kind::ServerNo, true) << DeliveryVerdict::Retry;
        QTest::newRow("503") << answer(503, Kind::ServerNo, true) << DeliveryVerdict::Retry;
        QTest::newRow("408") << answer(408, Kind::Timeout, true) << DeliveryVerdict::Retry;
        QTest::newRow("429") << answer(429, Kind::ServerNo, true) << DeliveryVerdict::Retry;
        QTest::newRow("timeout") << answer(0, Kind::Timeout, true) << DeliveryVerdict::Retry;
        QTest::newRow("connection lost") << answer(0, Kind::Network, true) << DeliveryVerdict::Retry;
        QTest::newRow("401") << answer(401, Kind::Auth, false) << DeliveryVerdict::Pause;
        QTest::newRow("403") << answer(403, Kind::Auth, false) << DeliveryVerdict::Pause;
        QTest::newRow("TLS") << answer(0, Kind::Tls, false) << DeliveryVerdict::Pause;
        QTest::newRow("404 web page: not the API") << answer(404, Kind::Config, false) << DeliveryVerdict::Pause;
        QTest::newRow("2xx web page: not the API") << answer(200, Kind::Protocol, false) << DeliveryVerdict::Pause;
        QTest::newRow("400") << answer(400, Kind::ServerNo, false) << DeliveryVerdict::Park;
        QTest::newRow("404 JSON") << answer(404, Kind::NotFound, false) << DeliveryVerdict::Park;
        QTest::newRow("422") << answer(422, Kind::ServerNo, false) << DeliveryVerdict::Park;
        QTest::newRow("cancelled by us") << answer(0, Kind::Cancelled, false) << DeliveryVerdict::Requeue;
    }
    void verdict()
    {
        QFETCH(SoarResult, result);
        QFETCH(DeliveryVerdict, expected);
        QCOMPARE(deliveryVerdict(result), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutboxBackoff)
#include "tst_outboxbackoff.moc"
