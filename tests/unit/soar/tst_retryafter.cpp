#include "soar/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using soar::soar::RetryAfter;

class TestRetryAfter : public QObject {
    Q_OBJECT
private slots:
    void parsesBothForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds"); // -1: nullopt
        QTest::newRow("delay-seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("padded") << QByteArray("  7 ") << 7;
        QTest::newRow("IMF-fixdate") << QByteArray("Sat, 28 Nov 2026 10:02:00 GMT") << 120;
        QTest::newRow("IMF-fixdate in the past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("RFC 850 date") << QByteArray("Saturday, 28-Nov-26 10:01:00 GMT") << 60;
        QTest::newRow("asctime date") << QByteArray("Sat Nov 28 10:00:30 2026") << 30;
        QTest::newRow("empty") << QByteArray("") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
    }
    void parsesBothForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0, 0), QTimeZone::utc());
        const auto delay = RetryAfter::parse(header, now);
        if (seconds < 0) {
            QVERIFY(!delay.has_value());
        } else {
            QVERIFY(delay.has_value());
            QCOMPARE(delay->count(), qint64(seconds));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
