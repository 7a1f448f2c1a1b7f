// Fault-injection scenario 6 (docs/RELIABILITY.md): the real soar-imapd, forwarding to a SOAR
// test server in this process, exits at each crash point (SOAR_CRASH_AT, core/common/CrashPoint)
// and is started again: every mail ends up stored once, \Seen once stored, one incident each.
// tests/integration/daemon/tst_soarforwarding checks the repeated requests of four of these;
// this adds the store's own crash points and the full invariant check.
#include "FolderSeeder.h"
#include "ImapdRunner.h"
#include "InvariantChecker.h"
#include "RigEnvironment.h"
#include "SoarTestServer.h"

#include <QTemporaryDir>
#include <QTest>

using soar::test::FolderSeeder;
using soar::test::ImapdRunner;
using soar::test::InvariantChecker;
using soar::test::RigEnvironment;
using soar::test::SoarTestServer;

class TestFaultCrashPoints : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_token = "eyJhbGciOiJIUzI1NiJ9.fault-crash.sig";

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void restartAfterCrashKeepsInvariants_data()
    {
        QTest::addColumn<QString>("crashPoint");
        for (const char *point :
            {"store.after-raw-insert", "store.after-insert-before-commit", "store.after-commit", "daemon.after-store",
                "store.checkpoint-before-commit", "daemon.after-seen", "soar.after-2xx", "soar.after-delivered-commit"})
            QTest::newRow(point) << QString::fromLatin1(point);
    }

    void restartAfterCrashKeepsInvariants()
    {
        QFETCH(QString, crashPoint);
        const QString folder = QStringLiteral("FaultCrash-") + QString(crashPoint).replace(QLatin1Char('.'), QLatin1Char('-'));
        FolderSeeder seeder(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(seeder.reset(folder));
        QCOMPARE(seeder.append(folder, 5, 3000).size(), 5);
        SoarTestServer soar(SoarTestServer::Deployment::Legacy);
        soar.acceptToken(m_token);
        QVERIFY(soar.startPlain());
        ImapdRunner::Resource r;
        r.name = folder;
        r.folder = folder;
        r.host = RigEnvironment::host();
        r.port = RigEnvironment::imapsPort();
        r.caFile = RigEnvironment::caFile();
        r.user = RigEnvironment::kBob;
        r.password = RigEnvironment::kBobPassword;
        r.soarUrl = soar.apiUrl();
        ImapdRunner runner(m_dir.filePath(folder), r, m_token);

        const auto crashed = runner.once(crashPoint);
        QVERIFY2(crashed.finished && crashed.exitCode == 86, crashed.err.constData());
        QVERIFY2(crashed.err.contains("crash point " + crashPoint.toLatin1()), crashed.err.constData());
        InvariantChecker checker(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder, runner.storePath(), folder);
        QStringList violations = checker.check(); // no SOAR check yet: delivery may be unfinished
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

        const auto restarted = runner.once();
        QVERIFY2(restarted.finished && restarted.exitCode == 0, restarted.err.constData());
        checker.setRunCompleted(true);
        checker.setSoarServer(&soar);
        violations = checker.check();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        QCOMPARE(checker.storedCount(), 5);
        QCOMPARE(soar.incidentCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestFaultCrashPoints)
#include "tst_faultcrashpoints.moc"
