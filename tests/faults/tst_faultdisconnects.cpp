// Fault-injection scenarios 1-3 (docs/RELIABILITY.md): the real soar-imapd behind a chaos proxy
// loses its connection mid-literal, mid-search and mid-STORE, gets every byte in its own TCP
// segment, and is kicked by doveadm mid-run; a stalled server trips the inactivity timeout.
// Each run that broke is followed by a clean one, and every step ends with the invariant check.
#include "ChaosProxy.h"
#include "CycleRunner.h"
#include "FolderSeeder.h"
#include "ImapdRunner.h"
#include "InvariantChecker.h"
#include "RigEnvironment.h"
#include "store/MailStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using soar::test::ChaosProxy;
using soar::test::CycleRunner;
using soar::test::FolderSeeder;
using soar::test::ImapdRunner;
using soar::test::InvariantChecker;
using soar::test::RigEnvironment;
using Direction = soar::test::ChaosProxy::Direction;

class TestFaultDisconnects : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FolderSeeder m_seeder {RigEnvironment::kBob, RigEnvironment::kBobPassword};

    // A plaintext resource (security "none"), so the proxy can see and match IMAP text.
    ImapdRunner plainRunner(const QString &folder, quint16 proxyPort)
    {
        ImapdRunner::Resource r;
        r.name = folder;
        r.folder = folder;
        r.host = RigEnvironment::host();
        r.port = proxyPort;
        r.security = QStringLiteral("none");
        r.allowPlaintextPassword = true;
        r.user = RigEnvironment::kBob;
        r.password = RigEnvironment::kBobPassword;
        return ImapdRunner(m_dir.filePath(folder), r);
    }

    static QStringList check(const ImapdRunner &runner, bool completed)
    {
        InvariantChecker checker(RigEnvironment::kBob, RigEnvironment::kBobPassword, runner.resource().folder, runner.storePath(),
            runner.resource().name);
        checker.setRunCompleted(completed);
        return checker.check();
    }

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void disconnectThenRecover_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QByteArray>("pattern"); // empty: drop after `after` bytes of the stream
        QTest::addColumn<qint64>("after");
        QTest::newRow("mid-literal") << int(Direction::ServerToClient) << QByteArray("* 3 FETCH") << qint64(3000);
        QTest::newRow("mid-search") << int(Direction::ClientToServer) << QByteArray("UID SEARCH") << qint64(0);
        QTest::newRow("mid-search-answer") << int(Direction::ServerToClient) << QByteArray("SEARCH") << qint64(4);
        QTest::newRow("mid-STORE command") << int(Direction::ClientToServer) << QByteArray("UID STORE") << qint64(0);
        QTest::newRow("mid-STORE answer") << int(Direction::ServerToClient) << QByteArray("OK Store completed") << qint64(0);
        QTest::newRow("after 20000 bytes") << int(Direction::ServerToClient) << QByteArray() << qint64(20000);
    }

    void disconnectThenRecover()
    {
        QFETCH(int, direction);
        QFETCH(QByteArray, pattern);
        QFETCH(qint64, after);
        const QString folder = QStringLiteral("FaultDrop-")
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QVERIFY(m_seeder.reset(folder));
        QCOMPARE(m_seeder.append(folder, 12, 6000).size(), 12);
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapPort());
        QVERIFY(proxy.listen());
        if (pattern.isEmpty())
            proxy.dropAfter(Direction(direction), after);
        else
            proxy.dropWhen(Direction(direction), pattern, after);
        ImapdRunner runner = plainRunner(folder, proxy.port());

        const auto broken = runner.once();
        QVERIFY(broken.finished);
        QCOMPARE(proxy.faultsFired(), 1);
        QVERIFY2(broken.exitCode == 1, broken.err.constData());
        QStringList violations = check(runner, false);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

        const auto clean = runner.once();
        QVERIFY2(clean.finished && clean.exitCode == 0, clean.err.constData());
        violations = check(runner, true);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    // Scenario 2: every byte of every literal arrives in its own segment.
    void literalSplitIntoSingleBytesStoresIdenticalBytes()
    {
        const QString folder = QStringLiteral("FaultSplit");
        QVERIFY(m_seeder.reset(folder));
        QCOMPARE(m_seeder.append(folder, 3, 4000).size(), 3);
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapPort());
        QVERIFY(proxy.listen());
        proxy.setSplitWrites(true);
        ImapdRunner runner = plainRunner(folder, proxy.port());

        const auto run = runner.once();
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        QVERIFY(proxy.totalRelayed(Direction::ServerToClient) > 12000);
        // The checker compares each stored raw message's SHA-256 with the server's bytes.
        InvariantChecker checker(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder, runner.storePath(), folder);
        checker.setRunCompleted(true);
        const QStringList violations = checker.check();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        QCOMPARE(checker.storedCount(), 3);
    }

    // Scenario 3: the server's admin kicks the session while a FETCH is on its way.
    void doveadmKickMidRun()
    {
        const QString folder = QStringLiteral("FaultKick");
        QVERIFY(m_seeder.reset(folder));
        QCOMPARE(m_seeder.append(folder, 10, 6000).size(), 10);
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapPort());
        QVERIFY(proxy.listen());
        proxy.stallWhen(Direction::ServerToClient, "* 4 FETCH");
        ImapdRunner runner = plainRunner(folder, proxy.port());
        QSignalSpy fired(&proxy, &ChaosProxy::faultFired);
        runner.start();
        QVERIFY(fired.wait(30000)); // mid-FETCH, held there
        QProcess kick;
        kick.start(QStringLiteral("doveadm"),
            {QStringLiteral("-c"), RigEnvironment::dovecotConfig(), QStringLiteral("kick"), RigEnvironment::kBob});
        QVERIFY(kick.waitForFinished(30000));
        QVERIFY2(kick.exitCode() == 0, kick.readAllStandardError().constData());
        proxy.release(); // the rest of the FETCH, then the server's goodbye
        const auto kicked = runner.wait();
        QVERIFY(kicked.finished);
        QVERIFY2(kicked.exitCode == 1, kicked.err.constData());
        QStringList violations = check(runner, false);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

        const auto clean = runner.once();
        QVERIFY2(clean.finished && clean.exitCode == 0, clean.err.constData());
        violations = check(runner, true);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    // Scenario 1, stall: soar-imapd has no knob for the response timeout, so this runs the same
    // fetch cycle in-process with a short SessionOptions::responseTimeoutMs.
    void stalledServerTripsTheInactivityTimeout()
    {
        const QString folder = QStringLiteral("FaultStall");
        QVERIFY(m_seeder.reset(folder));
        QCOMPARE(m_seeder.append(folder, 6, 6000).size(), 6);
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapsPort());
        QVERIFY(proxy.listen());
        const QString storePath = m_dir.filePath(QStringLiteral("stall.db"));
        store::MailStore store;
        QVERIFY(store.open(storePath).ok());
        imap::SessionOptions options;
        options.host = RigEnvironment::host();
        options.port = proxy.port();
        options.tls.extraCaFile = RigEnvironment::caFile();
        options.responseTimeoutMs = 1500;
        auto run = [&] {
            return CycleRunner::runOnce(options, RigEnvironment::kBob, RigEnvironment::kBobPassword, folder, folder, store);
        };

        // TLS passes through the proxy: stall once the server has sent 30 kB (after the login).
        proxy.stallAfter(Direction::ServerToClient, 30000);
        const auto stalled = run();
        QVERIFY2(stalled.opened, qPrintable(stalled.error.toString()));
        QCOMPARE(proxy.faultsFired(), 1);
        QCOMPARE(stalled.error.kind, common::Error::Kind::Timeout);
        QVERIFY2(
            stalled.error.message.contains(QLatin1String("did not answer within 1 seconds")), qPrintable(stalled.error.message));
        InvariantChecker checker(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder, storePath, folder);
        QStringList violations = checker.check();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

        const auto clean = run();
        QVERIFY2(!clean.error.isError(), qPrintable(clean.error.toString()));
        checker.setRunCompleted(true);
        violations = checker.check();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        QCOMPARE(checker.storedCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestFaultDisconnects)
#include "tst_faultdisconnects.moc"
