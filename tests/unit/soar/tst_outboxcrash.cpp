// Kills a delivering process right after Cloud SOAR answered 2xx (before the local commit)
// and right after the local commit, then restarts delivery: the server must end with exactly
// one incident per mail. The test server runs here, in the parent, so it outlives the child;
// the child is this executable again, started with SOAR_OUTBOX_CRASH_CHILD set (see main()).

#include "OutboxBench.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace soar::soar;
using soar::store::OutboxState;
using soar::test::OutboxBench;

namespace {
constexpr int kCrashExitCode = 86; // common::CrashPoint exits with this
constexpr int kMails = 3;

// The child: delivers the queue of the store it is given to the server it is given, until the
// armed crash point ends it (exit 0 if it never does).
int runChild(const QString &storePath, const QUrl &serverRoot)
{
    OutboxBench bench(OutboxBench::Setup {storePath, serverRoot});
    if (!bench.isReady())
        return 2;
    auto delivery = bench.delivery();
    QObject::connect(delivery.get(), &OutboxDelivery::idle, qApp, [] { QCoreApplication::exit(0); });
    QObject::connect(delivery.get(), &OutboxDelivery::paused, qApp, [] { QCoreApplication::exit(3); });
    delivery->start();
    return QCoreApplication::exec();
}
} // namespace

class TestOutboxCrash : public QObject {
    Q_OBJECT
private slots:
    void restartDeliversEachMailExactlyOnce_data()
    {
        QTest::addColumn<QString>("crashPoint");
        QTest::addColumn<OutboxState>("firstMailAfterCrash");
        QTest::addColumn<int>("requestsAfterRestart");
        // The incident exists but the store does not know: re-sent with the same key.
        QTest::newRow("after the 2xx, before the local commit")
            << QStringLiteral("soar.after-2xx") << OutboxState::Delivering << kMails;
        // The store knows: the first mail is not sent again.
        QTest::newRow("after the local commit")
            << QStringLiteral("soar.after-delivered-commit") << OutboxState::Delivered << kMails - 1;
    }
    void restartDeliversEachMailExactlyOnce()
    {
        QFETCH(QString, crashPoint);
        QFETCH(OutboxState, firstMailAfterCrash);
        QFETCH(int, requestsAfterRestart);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        OutboxBench bench(OutboxBench::Setup {path, {}});
        QVERIFY(bench.isReady());
        QStringList mails;
        for (int n = 1; n <= kMails; ++n)
            mails << bench.queueMail(n);

        QCOMPARE(runCrashingChild(path, bench.server().rootUrl(), crashPoint), kCrashExitCode);
        QCOMPARE(bench.server().incidentCount(), 1);
        const QString firstIncident = bench.server().incidentForKey(bench.keyOf(mails.first()));
        QVERIFY(!firstIncident.isEmpty());
        QCOMPARE(bench.itemForKey(bench.keyOf(mails.first()))->state, firstMailAfterCrash);

        const int requestsBefore = int(bench.server().requests().size());
        auto delivery = bench.delivery();
        QSignalSpy delivered(delivery.get(), &OutboxDelivery::delivered);
        delivery->start();
        QTRY_COMPARE(bench.outbox().pendingCount(OutboxBench::kResource).value(), 0);
        QTRY_COMPARE(delivered.size(), requestsAfterRestart);

        QCOMPARE(bench.server().requests().size() - requestsBefore, requestsAfterRestart);
        QCOMPARE(bench.server().incidentCount(), kMails);
        for (const QString &mail : mails) {
            const QByteArray key = bench.keyOf(mail);
            QCOMPARE(bench.server().incidentsCreatedPerKey().value(key), 1);
            const auto item = bench.itemForKey(key);
            QCOMPARE(item->state, OutboxState::Delivered);
            QCOMPARE(item->incidentId, bench.server().incidentForKey(key));
        }
        QCOMPARE(bench.store().mail(mails.first()).value().soarIncidentId, firstIncident);
        QVERIFY(bench.store().checkIntegrity().ok());
        QVERIFY2(bench.server().violations().isEmpty(), qPrintable(bench.server().violations().join(QLatin1Char('\n'))));
    }

private:
    // Runs the child without blocking this event loop: the test server must keep answering.
    static int runCrashingChild(const QString &path, const QUrl &server, const QString &crashPoint)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_OUTBOX_CRASH_CHILD"), path);
        env.insert(QStringLiteral("SOAR_OUTBOX_CRASH_SERVER"), server.toString());
        env.insert(QStringLiteral("SOAR_CRASH_AT"), crashPoint);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!finished.wait(60000))
            return -1;
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString childStore = qEnvironmentVariable("SOAR_OUTBOX_CRASH_CHILD");
    if (!childStore.isEmpty())
        return runChild(childStore, QUrl(qEnvironmentVariable("SOAR_OUTBOX_CRASH_SERVER")));
    TestOutboxCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outboxcrash.moc"
