// Fault-injection scenario: a server that accepts IDLE and then never says a word (GNU Mailutils
// imap4d does so; Courier and UW announce new mail only after a minute). The resource's poll
// interval bounds the wait: at each interval the daemon ends IDLE, searches the folder, fetches
// what is new and idles again. Against a real silent server: tests/integration/daemon/
// tst_fetchcycle (imap4d rows).
#include "ScriptedImapServer.h"
#include "daemon/IncomingMailDaemon.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using soar::daemon::IncomingMailDaemon;
using soar::test::ScriptedImapServer;

class TestFaultSilentIdle : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    store::MailStore m_store;
    settings::SecretResolver m_secrets {nullptr}; // the password comes from passwordCommand

    static QByteArray fetchOf(quint32 uid, const QByteArray &subject)
    {
        const QByteArray mail = "Message-ID: <" + subject + "@example.test>\r\nSubject: " + subject + "\r\n\r\nhello\r\n";
        return "* " + QByteArray::number(uid) + " FETCH (UID " + QByteArray::number(uid) + " FLAGS () BODY[] {"
            + QByteArray::number(mail.size()) + "}\r\n" + mail + ")\r\n{tag} OK done\r\n";
    }

    static settings::ResourceSettings resource(quint16 port)
    {
        settings::ResourceSettings r = ScriptedImapServer::loopbackResource(port, QStringLiteral("silent-idle"));
        r.imap.passwordCommand = QStringLiteral("echo pw");
        r.fetch.idle = true;
        r.fetch.pollSeconds = 1; // the settings form allows 10 s at least; 1 s keeps the test short
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("store.sqlite"))).ok()); }

    void newMailIsFetchedWithinThePollIntervalThoughIdleStaysSilent()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        server.setGreeting("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE] silent server ready\r\n");
        server.on("CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\r\n{tag} OK done\r\n");
        server.on("AUTHENTICATE", "{tag} OK [CAPABILITY IMAP4rev1 IDLE] logged in\r\n");
        server.on("UID FETCH", fetchOf(1, "first"));

        IncomingMailDaemon daemon(resource(server.port()), &m_secrets, &m_store, {});
        QSignalSpy stored(&daemon, &IncomingMailDaemon::mailStored);
        daemon.start();
        QVERIFY(stored.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), IncomingMailDaemon::State::Idling, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains(" IDLE\r\n"), 10000);

        // A second mail arrives; the server keeps quiet about it while the client idles.
        server.on("UID SEARCH", "* SEARCH 1 2\r\n{tag} OK done\r\n");
        server.on("UID FETCH", fetchOf(2, "second"));
        QElapsedTimer waited;
        waited.start();
        QVERIFY2(stored.wait(10000), "a mail on a server that never ends IDLE was not fetched");
        QCOMPARE(stored.count(), 2);
        // One poll interval (1 s) plus a cycle; generous for a loaded machine, far below the
        // 25 minutes after which IDLE would otherwise be renewed.
        QVERIFY2(waited.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(waited.elapsed())));
        QVERIFY(server.received().contains("DONE\r\n"));

        // ... and it idles again afterwards, on the same connection.
        const qsizetype idles = server.received().count(" IDLE\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(server.received().count(" IDLE\r\n") > idles, 10000);
        QCOMPARE(server.connections(), 1);

        QSignalSpy stopped(&daemon, &IncomingMailDaemon::stopped);
        daemon.stop();
        QVERIFY(daemon.state() == IncomingMailDaemon::State::Stopped || stopped.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestFaultSilentIdle)
#include "tst_faultsilentidle.moc"
