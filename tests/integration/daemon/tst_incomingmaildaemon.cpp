// The Incoming Mail Daemon's scheduling against the rig's Dovecot: IDLE, pause/resume, poll
// now, several resources side by side.
#include "DaemonStates.h"
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "RunsAfterResume.h"
#include "TestMail.h"
#include "common/Logging.h"
#include "daemon/IncomingMailDaemon.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::DaemonStates;
using namespace soar;
using soar::daemon::IncomingMailDaemon;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestIncomingMailDaemon : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    store::MailStore m_store;
    settings::KeychainSecretStore m_keychain {QStringLiteral("soar-imap-test")};
    settings::SecretResolver m_secrets {&m_keychain};

    static settings::ResourceSettings resource(const QString &user, const QString &password, const QString &folder)
    {
        settings::ResourceSettings r;
        r.name = user + QLatin1Char('-') + folder;
        r.imap.host = RigEnvironment::host();
        r.imap.port = RigEnvironment::imapPort();
        r.imap.security = settings::ImapSecurity::StartTls;
        r.imap.caFile = RigEnvironment::caFile();
        r.imap.username = user;
        r.imap.passwordCommand = QStringLiteral("echo ") + password;
        r.imap.folder = folder;
        return r;
    }

    static bool waitForState(IncomingMailDaemon &daemon, IncomingMailDaemon::State state, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return daemon.state() == state; }, ms);
    }

    int storedCount(const QString &resourceName)
    {
        store::MailQuery query;
        query.resource = resourceName;
        const auto count = m_store.count(query);
        return count.ok() ? int(count.value()) : -1;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("store.sqlite"))).ok());
        common::Logging::setup({QString(), qEnvironmentVariableIsSet("SOAR_TEST_LOG"), spdlog::level::debug});
    }

    void idleDeliversNewMailWithinSeconds()
    {
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        const QString folder = QStringLiteral("DaemonIdle");
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("before")).raw()));

        IncomingMailDaemon daemon(resource(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder), &m_secrets, &m_store, {});
        QSignalSpy runs(&daemon, &IncomingMailDaemon::runFinished);
        QSignalSpy stored(&daemon, &IncomingMailDaemon::mailStored);
        daemon.start();
        QVERIFY(runs.wait(20000));
        QCOMPARE(stored.count(), 1);
        QVERIFY(waitForState(daemon, IncomingMailDaemon::State::Idling));

        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("while idling")).raw()));
        QVERIFY2(stored.wait(5000), "a mail appended while idling was not stored within 5 s");
        QCOMPARE(stored.count(), 2);
        QVERIFY(waitForState(daemon, IncomingMailDaemon::State::Idling));

        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.stop();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Stopped);
        QCOMPARE(storedCount(daemon.name()), 2);
    }

    void idleOnEveryServerFetchesWithinThePollInterval_data()
    {
        QTest::addColumn<int>("unused"); // the data tag names the server
        for (const test::RigServer &s : RigEnvironment::servers())
            QTest::newRow(qPrintable(s.name)) << 0;
    }
    void idleOnEveryServerFetchesWithinThePollInterval()
    {
        // imap4d accepts IDLE and then never reports new mail: the poll interval must bound the
        // wait (Dovecot reports at once; the bound holds there too).
        test::RigServer server;
        for (const test::RigServer &s : RigEnvironment::servers()) {
            if (s.name == QLatin1String(QTest::currentDataTag()))
                server = s;
        }
        ImapTestClient bob(server, RigEnvironment::kBob, RigEnvironment::kBobPassword);
        const QString folder = QStringLiteral("DaemonIdleBound");
        QVERIFY(bob.resetFolder(folder));
        auto r = resource(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder);
        r.name = QStringLiteral("idle-bound-") + server.name;
        r.imap.port = server.imapsPort;
        r.imap.security = settings::ImapSecurity::Tls;
        r.imap.username = server.login(RigEnvironment::kBob);
        r.fetch.pollSeconds = 3; // below the settings form's 10 s minimum, to keep the test short
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, {});
        QSignalSpy runs(&daemon, &IncomingMailDaemon::runFinished);
        QSignalSpy stored(&daemon, &IncomingMailDaemon::mailStored);
        daemon.start();
        QVERIFY(runs.wait(20000));
        QVERIFY(waitForState(daemon, IncomingMailDaemon::State::Idling));

        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("while idling")).raw()));
        QElapsedTimer waited;
        waited.start();
        QVERIFY2(stored.wait(15000), "a mail appended while idling was not stored");
        // One poll interval plus a cycle, with room for a loaded machine.
        QVERIFY2(waited.elapsed() < 3000 + 5000, qPrintable(QStringLiteral("took %1 ms").arg(waited.elapsed())));
        QVERIFY(waitForState(daemon, IncomingMailDaemon::State::Idling)); // and idles again

        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.stop();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(storedCount(daemon.name()), 1);
    }

    void markSeenOffLeavesTheMboxFileUntouched()
    {
        // imap4d keeps each folder in one mbox file and rewrites it when a folder opened with
        // SELECT is closed (status headers); with markSeen off the run promised to change
        // nothing, so it opens the folder with EXAMINE and the file keeps every byte.
        const test::RigServer server = RigEnvironment::imap4d();
        ImapTestClient bob(server, RigEnvironment::kBob, RigEnvironment::kBobPassword);
        const QString folder = QStringLiteral("DaemonReadOnly");
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("keep me unread")).raw()));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("and me")).raw()));
        QFile mbox(RigEnvironment::imap4dHome() + QStringLiteral("/bob/") + folder);
        QVERIFY2(mbox.open(QIODevice::ReadOnly), qPrintable(mbox.fileName()));
        const QByteArray before = mbox.readAll();
        mbox.close();

        auto r = resource(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder);
        r.name = QStringLiteral("read-only-imap4d");
        r.imap.port = server.imapsPort;
        r.imap.security = settings::ImapSecurity::Tls;
        r.imap.username = server.login(RigEnvironment::kBob);
        r.fetch.markSeen = false;
        IncomingMailDaemon::Options once;
        once.once = true;
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, once);
        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.start();
        QVERIFY(stopped.wait(20000));
        QVERIFY2(!daemon.lastError().isError(), qPrintable(daemon.lastError().toString()));
        QCOMPARE(daemon.lastRun().stored, 2);

        QVERIFY(mbox.open(QIODevice::ReadOnly));
        QCOMPARE(mbox.readAll(), before);
        QCOMPARE(bob.search(folder, "UNSEEN").size(), 2);
    }

    void pauseStopsFetchingUntilResumed()
    {
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        const QString folder = QStringLiteral("DaemonPause");
        QVERIFY(bob.resetFolder(folder));
        auto r = resource(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder);
        r.fetch.idle = false;
        r.fetch.pollSeconds = 3600;
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, {});
        QSignalSpy runs(&daemon, &IncomingMailDaemon::runFinished);
        QSignalSpy stored(&daemon, &IncomingMailDaemon::mailStored);
        daemon.start();
        QVERIFY(runs.wait(20000));
        QVERIFY(waitForState(daemon, IncomingMailDaemon::State::Waiting));

        daemon.pause();
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Paused);
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("during pause")).raw()));
        daemon.pollNow(); // a poll request while paused is remembered, not run
        const QDateTime resumedAt = QDateTime::currentDateTimeUtc();
        daemon.resume();
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.count(), 1);
        // Nothing was fetched while paused: the run that stored the mail started after the resume.
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty() && runs.last().first().value<store::RunRecord>().stored == 1, 10000);
        const QString early = test::runsStoringBefore(runs, 0, resumedAt);
        QVERIFY2(early.isEmpty(), qPrintable(early));

        // Poll now runs a cycle at once instead of waiting for the hour-long interval.
        QVERIFY(waitForState(daemon, IncomingMailDaemon::State::Waiting));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("poll now")).raw()));
        daemon.pollNow();
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.count(), 2);
        daemon.stop();
        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        QVERIFY(daemon.state() == IncomingMailDaemon::State::Stopped || stopped.wait(10000));
    }

    void twoResourcesOnTwoUsersRunSideBySide()
    {
        ImapTestClient alice(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        const QString folder = QStringLiteral("DaemonTwo");
        QVERIFY(alice.resetFolder(folder));
        QVERIFY(bob.resetFolder(folder));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(alice.append(folder, TestMail().subject(QStringLiteral("alice %1").arg(i)).padTo(20000).raw()));
            QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("bob %1").arg(i)).padTo(20000).raw()));
        }
        IncomingMailDaemon::Options once;
        once.once = true;
        IncomingMailDaemon a(
            resource(RigEnvironment::kAlice, RigEnvironment::kAlicePassword, folder), &m_secrets, &m_store, once);
        IncomingMailDaemon b(resource(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder), &m_secrets, &m_store, once);
        QSignalSpy aStopped(&a, &IncomingMailDaemon::stopped);
        QSignalSpy bStopped(&b, &IncomingMailDaemon::stopped);
        a.start();
        b.start();
        QVERIFY(QTest::qWaitFor([&] { return aStopped.count() == 1 && bStopped.count() == 1; }, 30000));
        QVERIFY2(!a.lastError().isError(), qPrintable(a.lastError().toString()));
        QVERIFY2(!b.lastError().isError(), qPrintable(b.lastError().toString()));
        QCOMPARE(a.lastRun().stored, 5);
        QCOMPARE(b.lastRun().stored, 5);
        QCOMPARE(storedCount(a.name()), 5);
        QCOMPARE(storedCount(b.name()), 5);
    }

    void wrongPasswordIsReportedAndRetriedLater()
    {
        auto r = resource(RigEnvironment::kBob, QStringLiteral("not-bobs-password"), QStringLiteral("INBOX"));
        IncomingMailDaemon daemon(r, &m_secrets, &m_store, {});
        DaemonStates states(&daemon);
        daemon.start();
        QVERIFY(states.waitFor(IncomingMailDaemon::State::Backoff, 20000));
        QCOMPARE(daemon.lastError().kind, common::Error::Kind::Auth);
        // An authentication failure waits for the longest backoff instead of hammering the server.
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Backoff);
        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.stop();
        QCOMPARE(daemon.state(), IncomingMailDaemon::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestIncomingMailDaemon)
#include "tst_incomingmaildaemon.moc"
