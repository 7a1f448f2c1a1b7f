// Dovecot is stopped in the middle of a run and started again: the daemon reconnects on its own
// and ends with every mail stored exactly once and flagged \Seen only once stored.
#include "DaemonStates.h"
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "RigResource.h"
#include "TestMail.h"
#include "daemon/IncomingMailDaemon.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::DaemonStates;
using namespace soar;
using soar::daemon::IncomingMailDaemon;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestDovecotRestart : public QObject {
    Q_OBJECT
private:
    static bool dovecot(const QStringList &arguments)
    {
        QProcess p;
        p.start(arguments.first(), arguments.mid(1));
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

private slots:
    void daemonSurvivesServerRestartWithoutLossOrDuplicates()
    {
        SOAR_REQUIRE_RIG();
        const QString folder = QStringLiteral("FaultRestart");
        const int total = 150;
        QSet<QString> ids;
        {
            ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
            QVERIFY(bob.resetFolder(folder));
            for (int i = 0; i < total; ++i) {
                TestMail mail = TestMail().subject(QStringLiteral("mail %1").arg(i)).padTo(40000);
                ids.insert(mail.id());
                QVERIFY(bob.append(folder, mail.raw()));
            }
        }

        QTemporaryDir dir;
        store::MailStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite"))).ok());
        settings::KeychainSecretStore keychain(QStringLiteral("soar-imap-test"));
        settings::SecretResolver secrets(&keychain);
        settings::ResourceSettings r = test::rigResource(QStringLiteral("fault-restart"), RigEnvironment::kBob, folder);
        r.imap.passwordCommand = QStringLiteral("echo ") + RigEnvironment::kBobPassword;
        IncomingMailDaemon::Options options;
        options.initialBackoffMs = 200;
        options.cycle.batchSize = 10;
        options.cycle.pipelineDepth = 1;
        IncomingMailDaemon daemon(r, &secrets, &store, options);
        QSignalSpy stored(&daemon, &IncomingMailDaemon::mailStored);
        DaemonStates states(&daemon);
        daemon.start();

        QVERIFY(QTest::qWaitFor([&] { return stored.count() >= 10; }, 30000));
        QVERIFY(stored.count() < total);
        const QString conf = RigEnvironment::dovecotConfig();
        QVERIFY(dovecot({QStringLiteral("doveadm"), QStringLiteral("-c"), conf, QStringLiteral("stop")}));
        QVERIFY(states.waitFor(IncomingMailDaemon::State::Backoff, 30000)); // it noticed
        QVERIFY(dovecot({QStringLiteral("dovecot"), QStringLiteral("-c"), conf}));

        QVERIFY2(QTest::qWaitFor([&] { return stored.count() >= total; }, 120000),
            qPrintable(QStringLiteral("stored %1 of %2").arg(stored.count()).arg(total)));
        QVERIFY(QTest::qWaitFor([&] { return daemon.state() == IncomingMailDaemon::State::Idling; }, 30000));
        QCOMPARE(stored.count(), total);

        // Invariants: every mail stored exactly once, all of them \Seen, the store intact.
        store::MailQuery query;
        query.resource = r.name;
        query.limit = 1000;
        const auto listed = store.list(query);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), total);
        QSet<QString> storedIds;
        for (const store::MailSummary &summary : listed.value())
            storedIds.insert(store.mail(summary.mailId).value().messageId);
        QCOMPARE(storedIds, ids);
        QVERIFY(store.checkIntegrity().ok());
        ImapTestClient check(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QCOMPARE(check.search(folder, "UNSEEN").size(), 0);
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestDovecotRestart)
#include "tst_dovecotrestart.moc"
