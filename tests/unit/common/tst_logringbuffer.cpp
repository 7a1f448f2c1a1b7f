#include "common/LogRingBuffer.h"
#include "common/Logging.h"
#include "common/Redactor.h"

#include <QSignalSpy>
#include <QTest>

#include <thread>

using soar::common::Logging;
using soar::common::LogRingBuffer;

class TestLogRingBuffer : public QObject {
    Q_OBJECT
private slots:
    void keepsNewestRecordsUpToCapacity()
    {
        LogRingBuffer buffer(3);
        for (int i = 0; i < 5; ++i)
            buffer.append({QDateTime::currentDateTime(), spdlog::level::info, QStringLiteral("t"), {}, QString::number(i)});
        QCOMPARE(buffer.firstSequence(), quint64(2));
        const auto all = buffer.recordsSince(0);
        QCOMPARE(all.size(), 3);
        QCOMPARE(buffer.firstSequence() + quint64(all.size()), quint64(5));
        QCOMPARE(all.first().message, QStringLiteral("2"));
        QCOMPARE(buffer.recordsSince(4).size(), 1);
        QCOMPARE(buffer.recordsSince(9).size(), 0);
    }

    void receivesRedactedRecordsFromLoggersWithResource()
    {
        LogRingBuffer buffer;
        Logging::setup({});
        Logging::addSink(buffer.sink());
        QSignalSpy spy(&buffer, &LogRingBuffer::appended);
        soar::common::Redactor::registerSecret(QStringLiteral("password-123"));
        Logging::get("daemon")->info("[soc-inbox] login with {}", QStringLiteral("password-123"));
        Logging::get("imap")->warn("plain line");
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1); // coalesced
        Logging::removeSink(buffer.sink());
        const auto records = buffer.recordsSince(0);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).resource, QStringLiteral("soc-inbox"));
        QCOMPARE(records.at(0).module, QStringLiteral("daemon"));
        QCOMPARE(records.at(0).message, QStringLiteral("login with <redacted>"));
        QCOMPARE(records.at(1).level, spdlog::level::warn);
        QVERIFY(records.at(1).resource.isEmpty());
    }

    void acceptsRecordsFromOtherThreads()
    {
        LogRingBuffer buffer(100000);
        QSignalSpy spy(&buffer, &LogRingBuffer::appended);
        std::thread writer([&] {
            for (int i = 0; i < 10000; ++i)
                buffer.append({QDateTime::currentDateTime(), spdlog::level::debug, QStringLiteral("t"), {}, QStringLiteral("x")});
        });
        writer.join();
        QVERIFY(spy.wait(5000));
        QCOMPARE(buffer.firstSequence() + quint64(buffer.recordsSince(0).size()), quint64(10000));
    }
};

QTEST_GUILESS_MAIN(TestLogRingBuffer)
#include "tst_logringbuffer.moc"
