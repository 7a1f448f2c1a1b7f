// soar-imapd and Cloud SOAR as an analyst operates them: test-settings checks the SOAR (good
// token, bad token, not the API, wrong CA, nothing listening, a server that never answers),
// `run` resumes after the token was changed, and `retry` sends mail the SOAR refused once more.
// The local SOAR test server checks every request against docs/soar-api.md.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "SoarImapdRun.h"
#include "SoarTestServer.h"
#include "TestMail.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::SoarImapdRun;
using soar::test::SoarTestServer;
using soar::test::TestMail;
using Fault = SoarTestServer::Fault;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.analyst-token.sig";
const QByteArray kOldToken = "eyJhbGciOiJIUzI1NiJ9.expired-token.sig";

QString rigTlsFile(const QString &name)
{
    return QDir(QProcessEnvironment::systemEnvironment().value(QStringLiteral("SOAR_RIG_DIR")))
        .filePath(QStringLiteral("tls/") + name);
}

} // namespace

class TestSoarDeliveryCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    using Outcome = SoarImapdRun::Outcome;
    SoarImapdRun m_daemon {m_dir.path()};

    QString dataDir() const { return m_daemon.dataDir(); }
    QString writeSettings(const QString &folder, const QJsonObject &soar) { return m_daemon.writeSettings(folder, soar); }
    static QJsonObject soarSettings(const QUrl &url, const QJsonObject &extra = {})
    {
        return SoarImapdRun::soarSettings(url, extra);
    }
    Outcome run(const QString &config, const QStringList &arguments, const QByteArray &token = kToken)
    {
        return m_daemon.run(config, arguments, token);
    }

    static QJsonArray steps(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).array().first().toObject().value(QStringLiteral("steps")).toArray();
    }
    static QJsonObject step(const QByteArray &json, const QString &id)
    {
        for (const QJsonValue &s : steps(json)) {
            if (s.toObject().value(QStringLiteral("step")).toString() == id)
                return s.toObject();
        }
        return {};
    }
    static bool imapStepsPassed(const QByteArray &json)
    {
        int imap = 0;
        for (const QJsonValue &s : steps(json)) {
            if (s.toObject().value(QStringLiteral("step")).toString().startsWith(QLatin1String("soar-")))
                continue;
            ++imap;
            if (!s.toObject().value(QStringLiteral("ok")).toBool())
                return false;
        }
        return imap >= 6; // password, dns, connect, tls, login, folder, filters
    }

    // No file under the data folder (store, raw archive, logs) holds the secret.
    bool dataDirFreeOf(const QByteArray &secret) const
    {
        QDirIterator it(dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret)) {
                qWarning() << "secret found in" << file.fileName();
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void testSettingsChecksTheSoarWithAGoodToken()
    {
        const QString folder = QStringLiteral("SoarTestGood");
        QVERIFY(ImapTestClient(RigEnvironment::kBob, RigEnvironment::kBobPassword).resetFolder(folder));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(folder, soarSettings(server.apiUrl()));

        const Outcome json = run(config, {QStringLiteral("test-settings"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.out + json.err);
        QVERIFY(imapStepsPassed(json.out));
        QVERIFY(step(json.out, QStringLiteral("soar-url"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("user API token (JWT)")));
        QVERIFY(step(json.out, QStringLiteral("soar-reachable")).value(QStringLiteral("ok")).toBool());
        QVERIFY(step(json.out, QStringLiteral("soar-credentials")).value(QStringLiteral("ok")).toBool());
        const QString rule = step(json.out, QStringLiteral("soar-incidents")).value(QStringLiteral("message")).toString();
        QVERIFY2(rule.contains(QLatin1String("template 12")) && rule.contains(QLatin1String("CSOAR Email ID")), qPrintable(rule));
        // The SOAR steps come after the IMAP ones.
        QCOMPARE(steps(json.out).last().toObject().value(QStringLiteral("step")).toString(), QStringLiteral("soar-incidents"));

        // The server saw the probe with the token, and no incident was created.
        QVERIFY(!server.requests().isEmpty());
        for (const auto &request : server.requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + kToken);
        }
        QCOMPARE(server.incidentCount(), 0);
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));

        const Outcome text = run(config, {QStringLiteral("test-settings")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("[ok] Cloud SOAR credentials: Cloud SOAR accepted the credentials."), text.out.constData());
        QVERIFY(!text.out.contains(kToken) && !text.err.contains(kToken) && !json.out.contains(kToken));
        QVERIFY(dataDirFreeOf(kToken));
    }

    void aBadTokenFailsTheTestButNotTheImapSteps()
    {
        const QString folder = QStringLiteral("SoarTestBadToken");
        QVERIFY(ImapTestClient(RigEnvironment::kBob, RigEnvironment::kBobPassword).resetFolder(folder));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(folder, soarSettings(server.apiUrl()));

        const Outcome outcome = run(config, {QStringLiteral("test-settings"), QStringLiteral("--json")}, kOldToken);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(imapStepsPassed(outcome.out));
        const QJsonObject credentials = step(outcome.out, QStringLiteral("soar-credentials"));
        QCOMPARE(credentials.value(QStringLiteral("ok")).toBool(), false);
        const QString message = credentials.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("invalid or expired")) && message.contains(QLatin1String("profile")),
            qPrintable(message));
        QVERIFY(!outcome.out.contains(kOldToken) && !outcome.err.contains(kOldToken));
        QVERIFY(dataDirFreeOf(kOldToken));
        QCOMPARE(server.incidentCount(), 0);
    }

    void aSoarProblemFailsTheTestWithItsCause_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not the API (404 page)")
            << QStringLiteral("404") << QStringLiteral("soar-reachable") << QStringLiteral("not a Cloud SOAR API");
        QTest::newRow("unrelated CA") << QStringLiteral("wrong-ca") << QStringLiteral("soar-reachable")
                                      << QStringLiteral("could not be verified");
        QTest::newRow("nothing listening") << QStringLiteral("refused") << QStringLiteral("soar-reachable")
                                           << QStringLiteral("refused the connection");
        QTest::newRow("never answers") << QStringLiteral("slow") << QStringLiteral("soar-reachable")
                                       << QStringLiteral("did not answer within 15 s");
    }

    void aSoarProblemFailsTheTestWithItsCause()
    {
        QFETCH(QString, problem);
        QFETCH(QString, failedStep);
        QFETCH(QString, expected);
        const QString folder = QStringLiteral("SoarTestProblem");
        QVERIFY(ImapTestClient(RigEnvironment::kBob, RigEnvironment::kBobPassword).resetFolder(folder));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QJsonObject extra;
        QUrl url;
        if (problem == QLatin1String("wrong-ca")) {
            QVERIFY(server.startTls(rigTlsFile(QStringLiteral("server.crt")), rigTlsFile(QStringLiteral("server.key"))));
            extra.insert(QStringLiteral("caFile"), RigEnvironment::wrongCaFile());
            url = server.apiUrl();
        } else if (problem == QLatin1String("refused")) {
            QTcpServer closed; // a port nobody listens on once it is closed again
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            url = QUrl(QStringLiteral("http://127.0.0.1:%1/incmansuite_ng/api/v3/").arg(closed.serverPort()));
            closed.close();
        } else {
            QVERIFY(server.startPlain());
            url = server.apiUrl();
            server.injectFault(
                problem == QLatin1String("404") ? Fault::page(404, "<html><body>Not Found</body></html>") : Fault::hang(), 10);
        }
        const QString config = writeSettings(folder, soarSettings(url, extra));

        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = run(config, {QStringLiteral("test-settings"), QStringLiteral("--json")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(clock.elapsed() < 60000); // a silent server costs the test timeout, never a hang
        QVERIFY(imapStepsPassed(outcome.out));
        const QJsonObject failed = step(outcome.out, failedStep);
        QCOMPARE(failed.value(QStringLiteral("ok")).toBool(), false);
        const QString message = failed.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        if (problem == QLatin1String("wrong-ca"))
            QVERIFY2(
                message.contains(QLatin1String("CA")) && message.contains(QLatin1String("fingerprint")), qPrintable(message));
        if (problem == QLatin1String("404"))
            QVERIFY2(message.contains(QLatin1String("/incmansuite_ng")) || message.contains(QLatin1String("api/csoar")),
                qPrintable(message));
        // Later steps are not reported as passed.
        QVERIFY(step(outcome.out, QStringLiteral("soar-credentials")).isEmpty());
        server.releaseHeld();
    }

    void runResumesWhenTheTokenIsChanged()
    {
        const QString folder = QStringLiteral("SoarRotate");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("Reported while the token expired")).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QVERIFY(server.startPlain());
        // The token comes from a secret command, as a password manager would give it.
        const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
        auto writeToken = [&](const QByteArray &token) {
            QFile file(tokenFile);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(token + '\n') > 0;
        };
        QVERIFY(writeToken(kOldToken));
        const QString config = writeSettings(
            folder, soarSettings(server.apiUrl(), {{QStringLiteral("secretCommand"), QStringLiteral("cat ") + tokenFile}}));

        QProcess daemon;
        QByteArray err;
        connect(&daemon, &QProcess::readyReadStandardError, this, [&] { err += daemon.readAllStandardError(); });
        daemon.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir(), QStringLiteral("run")});
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains("token is invalid or expired"), err.constData(), 30000);
        QCOMPARE(server.incidentCount(), 0);

        QVERIFY(writeToken(kToken));
        QTRY_COMPARE_WITH_TIMEOUT(server.incidentCount(), 1, 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains("Cloud SOAR takes mail again"), err.constData(), 10000);

        QSignalSpy finished(&daemon, &QProcess::finished);
        daemon.terminate();
        QVERIFY(finished.wait(30000));
        err += daemon.readAllStandardError();
        QCOMPARE(server.incidentCount(), 1);
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));
        QVERIFY(!err.contains(kToken) && !err.contains(kOldToken));
        QVERIFY(dataDirFreeOf(kToken) && dataDirFreeOf(kOldToken));
    }

    void refusedMailIsSentAgainByHandOnce()
    {
        const QString folder = QStringLiteral("SoarRetry");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("Refused at first")).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(folder, soarSettings(server.apiUrl()));

        // The template rejected the incident (say a required field was missing): the mail is parked.
        server.injectFault(Fault::answer(422, "{\"message\":\"field severity is required\"}"));
        const Outcome once = run(config, {QStringLiteral("once"), QStringLiteral("--json")});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        const QString mailId
            = QJsonDocument::fromJson(once.out).array().first().toObject().value(QStringLiteral("cloud_soar_mail_id")).toString();
        QVERIFY(!mailId.isEmpty());
        QCOMPARE(server.incidentCount(), 0);
        const Outcome shown = run(config, {QStringLiteral("show"), mailId, QStringLiteral("--json")});
        QVERIFY2(shown.out.contains("field severity is required"), shown.out.constData());

        // Usage: a mail id or --failed.
        QCOMPARE(run(config, {QStringLiteral("retry")}).exitCode, 2);
        QCOMPARE(run(config, {QStringLiteral("retry"), mailId, QStringLiteral("--failed")}).exitCode, 2);

        const Outcome retried = run(config, {QStringLiteral("retry"), mailId});
        QVERIFY2(retried.exitCode == 0, retried.out + retried.err);
        QVERIFY2(retried.out.contains("1 mail(s) queued for Cloud SOAR again"), retried.out.constData());
        QVERIFY2(retried.out.contains(mailId.toUtf8() + "  delivered as incident "), retried.out.constData());
        QCOMPARE(server.incidentCount(), 1);

        // Delivered now: nothing left to retry, and no second incident.
        const Outcome again = run(config, {QStringLiteral("retry"), QStringLiteral("--failed")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing to retry"), again.out.constData());
        const Outcome thatMail = run(config, {QStringLiteral("retry"), mailId});
        QCOMPARE(thatMail.exitCode, 1);
        QVERIFY2(thatMail.err.contains("no refused or failed Cloud SOAR delivery"), thatMail.err.constData());
        QCOMPARE(server.incidentCount(), 1);
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));
    }

    void retryWhileRunIsFetchingIsSentByTheRunningDaemon()
    {
        const QString folder = QStringLiteral("SoarRetryRun");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("Refused while running")).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QVERIFY(server.startPlain());
        server.injectFault(Fault::answer(422, "{\"message\":\"field severity is required\"}"));
        const QString config = writeSettings(folder, soarSettings(server.apiUrl()));

        QProcess daemon;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_IMAP_SECRET"), QString::fromLatin1(kToken));
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir(), QStringLiteral("run")});
        QVERIFY(daemon.waitForStarted());
        // Refused and parked: the store says so.
        QTRY_VERIFY_WITH_TIMEOUT(
            run(config, {QStringLiteral("list"), QStringLiteral("--json")}).out.contains("\"delivery_state\": \"failed\""),
            30000);

        const Outcome retried = run(config, {QStringLiteral("retry"), QStringLiteral("--failed")});
        QVERIFY2(retried.exitCode == 0, retried.out + retried.err);
        QVERIFY2(retried.out.contains("is fetching this resource"), retried.out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(server.incidentCount(), 1, 30000); // the running daemon sends it

        QSignalSpy finished(&daemon, &QProcess::finished);
        daemon.terminate();
        QVERIFY(finished.wait(30000));
        QCOMPARE(server.incidentCount(), 1);
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));
    }

    void retryFailedSendsEveryRefusedMail()
    {
        const QString folder = QStringLiteral("SoarRetryAll");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        for (int i = 0; i < 3; ++i)
            QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("Refused %1").arg(i)).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kToken);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(folder, soarSettings(server.apiUrl()));
        server.injectFault(Fault::answer(400, "{\"message\":\"template 12 is archived\"}"), 3);
        QCOMPARE(run(config, {QStringLiteral("once")}).exitCode, 0);
        QCOMPARE(server.incidentCount(), 0);

        const Outcome retried
            = run(config, {QStringLiteral("--resource"), folder, QStringLiteral("retry"), QStringLiteral("--failed")});
        QVERIFY2(retried.exitCode == 0, retried.out + retried.err);
        QCOMPARE(retried.out.count("delivered as incident"), 3);
        QCOMPARE(server.incidentCount(), 3);
        for (int created : server.incidentsCreatedPerKey())
            QCOMPARE(created, 1);
    }
};

QTEST_GUILESS_MAIN(TestSoarDeliveryCli)
#include "tst_soardeliverycli.moc"
