// Fault-injection scenario 7 (docs/RELIABILITY.md): a random-kill soak. New mail keeps arriving
// while the real soar-imapd (behind a chaos proxy, forwarding to a SOAR test server) is killed
// with SIGKILL at random moments; the moment is a random number of bytes relayed by the proxy,
// not wall-clock time, and the RNG is seeded so a failure replays. After the last kill a clean run
// drains the folder and the invariant check must find nothing lost, duplicated or half-done.
// Short version under label `faults` (15 kills, 120 mails); SOAR_FAULTS_LONG=1 (label `long`)
// runs 100 kills while 500 mails flow.
#include "ChaosProxy.h"
#include "FolderSeeder.h"
#include "ImapdRunner.h"
#include "InvariantChecker.h"
#include "RigEnvironment.h"
#include "SoarTestServer.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::ChaosProxy;
using soar::test::FolderSeeder;
using soar::test::ImapdRunner;
using soar::test::InvariantChecker;
using soar::test::RigEnvironment;
using soar::test::SoarTestServer;
using Direction = soar::test::ChaosProxy::Direction;

class TestFaultSoak : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_token = "eyJhbGciOiJIUzI1NiJ9.fault-soak.sig";

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void randomKillsLoseAndDuplicateNothing_data()
    {
        QTest::addColumn<int>("kills");
        QTest::addColumn<int>("mails");
        QTest::addColumn<quint32>("seed");
        if (qEnvironmentVariableIntValue("SOAR_FAULTS_LONG") == 1)
            QTest::newRow("long") << 100 << 500 << 20261130u;
        else
            QTest::newRow("short") << 15 << 120 << 20261130u;
    }

    void randomKillsLoseAndDuplicateNothing()
    {
        QFETCH(int, kills);
        QFETCH(int, mails);
        QFETCH(quint32, seed);
        const QString folder = QStringLiteral("FaultSoak-") + QString::fromLatin1(QTest::currentDataTag());
        FolderSeeder seeder(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(seeder.reset(folder));
        SoarTestServer soar(SoarTestServer::Deployment::Legacy);
        soar.acceptToken(m_token);
        QVERIFY(soar.startPlain());
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapsPort());
        QVERIFY(proxy.listen());
        ImapdRunner::Resource r;
        r.name = folder;
        r.folder = folder;
        r.host = RigEnvironment::host();
        r.port = proxy.port();
        r.caFile = RigEnvironment::caFile();
        r.user = RigEnvironment::kBob;
        r.password = RigEnvironment::kBobPassword;
        r.soarUrl = soar.apiUrl();
        ImapdRunner runner(m_dir.filePath(folder), r, m_token);

        QRandomGenerator rng(seed);
        constexpr int kMailBytes = 3000;
        int seeded = 0;
        int killed = 0;
        int runs = 0;
        QProcess *running = nullptr;
        qint64 killAt = -1;
        connect(&proxy, &ChaosProxy::relayed, this, [&](Direction direction, qint64 total) {
            if (direction == Direction::ServerToClient && killAt >= 0 && total >= killAt && running) {
                killAt = -1;
                running->kill(); // SIGKILL: no cleanup, no flush, like a power cut for the process
            }
        });
        // Mail keeps arriving between runs; a run is killed somewhere between its TLS handshake
        // and a little past the end of what it has to download, so some runs also finish.
        for (int attempt = 0; killed < kills && attempt < kills * 4; ++attempt) {
            const int batch = std::min(mails - seeded, std::max(1, (mails + kills - 1) / kills));
            if (batch > 0)
                QCOMPARE(seeder.append(folder, batch, kMailBytes, QStringLiteral("soak")).size(), batch);
            seeded += batch;
            const qint64 budget = qint64(batch + 4) * (kMailBytes + 600) + 8000;
            killAt = proxy.totalRelayed(Direction::ServerToClient) + 1 + qint64(rng.bounded(quint32(budget)));
            running = runner.start();
            const auto outcome = runner.wait(120000);
            running = nullptr;
            ++runs;
            QVERIFY2(outcome.finished, outcome.err.constData());
            if (outcome.crashed)
                ++killed;
            else
                QVERIFY2(outcome.exitCode == 0, outcome.err.constData()); // finished before its kill
            killAt = -1;
        }
        QCOMPARE(killed, kills);
        if (seeded < mails) {
            QCOMPARE(seeder.append(folder, mails - seeded, kMailBytes, QStringLiteral("soak")).size(), mails - seeded);
            seeded = mails;
        }
        const auto drain = runner.once();
        QVERIFY2(drain.finished && drain.exitCode == 0, drain.err.constData());

        InvariantChecker checker(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder, runner.storePath(), folder);
        checker.setRunCompleted(true);
        checker.setSoarServer(&soar);
        const QStringList violations = checker.check();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        QCOMPARE(checker.mailsChecked(), mails);
        QCOMPARE(checker.storedCount(), mails);
        qInfo("soak %s: %d kills survived in %d runs, %d mails checked, 0 lost, 0 duplicated, %d incidents",
            QTest::currentDataTag(), killed, runs + 1, checker.mailsChecked(), soar.incidentCount());
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
