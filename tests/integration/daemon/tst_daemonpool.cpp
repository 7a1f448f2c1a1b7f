// The desktop app's set of daemons against the rig: started from settings, restarted on change,
// stopped on removal, paused together, blocked when soar-imapd holds the resource.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "RigResource.h"
#include "RunsAfterResume.h"
#include "TestMail.h"
#include "daemon/DaemonPool.h"
#include "daemon/RunLock.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using soar::daemon::DaemonPool;
using soar::daemon::IncomingMailDaemon;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestDaemonPool : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    store::MailStore m_store;
    settings::KeychainSecretStore m_keychain {QStringLiteral("soar-imap-test")};
    settings::SecretResolver m_secrets {&m_keychain};

    static settings::ResourceSettings resource(const QString &name, const QString &folder)
    {
        settings::ResourceSettings r = test::rigResource(name, RigEnvironment::kAlice, folder);
        r.imap.passwordCommand = QStringLiteral("echo ") + RigEnvironment::kAlicePassword;
        return r;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("store.sqlite"))).ok());
    }

    void followsTheSettings()
    {
        ImapTestClient alice(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        QVERIFY(alice.resetFolder(QStringLiteral("PoolA")));
        QVERIFY(alice.resetFolder(QStringLiteral("PoolB")));
        QVERIFY(alice.append(QStringLiteral("PoolA"), TestMail().raw()));
        QVERIFY(alice.append(QStringLiteral("PoolB"), TestMail().raw()));

        DaemonPool pool(&m_store, &m_secrets, m_dir.path());
        QSignalSpy stored(&pool, &DaemonPool::mailStored);
        settings::AppSettings settings;
        settings.resources << resource(QStringLiteral("pool-a"), QStringLiteral("PoolA"));
        pool.apply(settings);
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.first().first().toString(), QStringLiteral("pool-a"));
        QCOMPARE(pool.resources(), QStringList {QStringLiteral("pool-a")});

        // Changing the folder restarts the daemon on the new folder.
        settings.resources[0].imap.folder = QStringLiteral("PoolB");
        pool.apply(settings);
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.count(), 2);
        QVERIFY(QTest::qWaitFor([&] { return pool.daemon(QStringLiteral("pool-a")) != nullptr; }, 10000));

        // Pause all: new mail waits until resume.
        QVERIFY(QTest::qWaitFor(
            [&] { return pool.daemon(QStringLiteral("pool-a"))->state() == IncomingMailDaemon::State::Idling; }, 20000));
        QSignalSpy runs(&pool, &DaemonPool::runFinished);
        pool.pauseAll();
        QVERIFY(pool.isPaused());
        QVERIFY(alice.append(QStringLiteral("PoolB"), TestMail().raw()));
        const QDateTime resumedAt = QDateTime::currentDateTimeUtc();
        pool.resumeAll();
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.count(), 3);
        // Nothing was fetched while paused: the run that stored the mail started after the resume.
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty() && runs.last().at(1).value<store::RunRecord>().stored == 1, 10000);
        const QString early = test::runsStoringBefore(runs, 1, resumedAt);
        QVERIFY2(early.isEmpty(), qPrintable(early));

        // Removing the resource stops its daemon.
        pool.apply(settings::AppSettings {});
        QVERIFY(QTest::qWaitFor([&] { return pool.resources().isEmpty(); }, 20000));
    }

    void resourceLockedElsewhereIsReported()
    {
        daemon::RunLock held(m_dir.path(), QStringLiteral("pool-locked"));
        QVERIFY(held.acquire().ok());
        DaemonPool pool(&m_store, &m_secrets, m_dir.path());
        QSignalSpy blocked(&pool, &DaemonPool::resourceBlocked);
        settings::AppSettings settings;
        settings.resources << resource(QStringLiteral("pool-locked"), QStringLiteral("INBOX"));
        pool.apply(settings);
        QCOMPARE(blocked.count(), 1);
        QVERIFY(blocked.first().at(1).toString().contains(QLatin1String("already being fetched")));
        QCOMPARE(pool.daemon(QStringLiteral("pool-locked")), nullptr);
    }

    void stopAllEndsEveryDaemon()
    {
        DaemonPool pool(&m_store, &m_secrets, m_dir.path());
        settings::AppSettings settings;
        settings.resources << resource(QStringLiteral("pool-stop-1"), QStringLiteral("INBOX"))
                           << resource(QStringLiteral("pool-stop-2"), QStringLiteral("INBOX"));
        pool.apply(settings);
        QSignalSpy stopped(&pool, &DaemonPool::allStopped);
        QSignalSpy runs(&pool, &DaemonPool::runFinished);
        QVERIFY(QTest::qWaitFor([&] { return runs.count() >= 2; }, 20000));
        pool.stopAll();
        QVERIFY(stopped.wait(20000));
        QVERIFY(pool.resources().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDaemonPool)
#include "tst_daemonpool.moc"
