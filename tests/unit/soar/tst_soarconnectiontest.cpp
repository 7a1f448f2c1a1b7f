#include "ManualRequestTimer.h"
#include "SoarTestServer.h"

#include "soar/SoarConnectionTest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace soar::soar;
using soar::test::ManualTimers;
using soar::test::SoarTestServer;
using Fault = SoarTestServer::Fault;
using State = ConnectionTestStep::State;

namespace {
const QByteArray kToken = "valid.jwt.token";
}

class TestSoarConnectionTest : public QObject {
    Q_OBJECT

    std::unique_ptr<SoarTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ManualTimers m_timers;

    SoarConnection connection() const
    {
        SoarConnection c;
        c.url = m_server->rootUrl().toString();
        c.secret = QString::fromLatin1(kToken);
        return c;
    }

    // Runs the test to the end as the settings test does, through its signals; `steps` gets
    // the three steps, NotRun where none was reported.
    void run(const SoarConnection &c, QList<ConnectionTestStep> &steps, bool fireTimeout = false)
    {
        SoarClientOptions options;
        options.timerFactory = m_timers.factory();
        SoarConnectionTest test(m_network.get(), c, options);
        QSignalSpy reported(&test, &SoarConnectionTest::stepFinished);
        QSignalSpy finished(&test, &SoarConnectionTest::finished);
        test.start();
        if (fireTimeout) {
            QTRY_COMPARE(m_server->requests().size(), 1);
            QCOMPARE(m_timers.runningCount(), 1);
            m_timers.fireAll();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        steps.clear();
        for (auto kind :
            {ConnectionTestStep::Kind::Url, ConnectionTestStep::Kind::Reachable, ConnectionTestStep::Kind::Credentials})
            steps.append(ConnectionTestStep {kind, State::NotRun, {}});
        bool allPassed = reported.count() == 3;
        for (int i = 0; i < reported.count(); ++i) {
            const auto step = reported.at(i).first().value<ConnectionTestStep>();
            QCOMPARE(int(step.kind), i); // in order, each once
            QVERIFY(step.state != State::NotRun);
            allPassed = allPassed && step.passed();
            steps[i] = step;
        }
        QCOMPARE(finished.first().first().toBool(), allPassed);
    }

    static void expect(const QList<ConnectionTestStep> &steps, State url, State reachable, State credentials,
        const QString &failureMentions = {})
    {
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).state, url);
        QCOMPARE(steps.at(1).state, reachable);
        QCOMPARE(steps.at(2).state, credentials);
        if (failureMentions.isEmpty())
            return;
        for (const auto &step : steps) {
            if (step.state == State::Failed) {
                QVERIFY2(step.message.contains(failureMentions), qPrintable(step.message));
                return;
            }
        }
        QFAIL("no step failed");
    }

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_timers = ManualTimers();
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::Legacy);
        m_server->acceptToken(kToken);
        QVERIFY(m_server->startPlain());
    }
    void cleanup()
    {
        QVERIFY2(m_server->violations().isEmpty(), qPrintable(m_server->violations().join(QLatin1Char('\n'))));
        m_server.reset();
        m_network.reset();
    }

    void allStepsPassWithAMadeUpIncident()
    {
        QList<ConnectionTestStep> steps;
        run(connection(), steps);
        expect(steps, State::Passed, State::Passed, State::Passed);
        QVERIFY(steps.at(0).message.contains(QLatin1String("/incmansuite_ng/api/v3/")));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().path(), QByteArray("/incmansuite_ng/api/v3/incidents/soar-imap-connection-test-0"));
    }

    void badUrlStopsAtTheFirstStep()
    {
        SoarConnection c = connection();
        c.url = QStringLiteral("http://soar.example.com");
        QList<ConnectionTestStep> steps;
        run(c, steps);
        expect(steps, State::Failed, State::NotRun, State::NotRun, QStringLiteral("https://"));
        QVERIFY(m_server->requests().isEmpty());
    }

    void aWebSiteIsNotAnApi()
    {
        m_server->injectFault(Fault::page(404, "<html>Welcome</html>"));
        QList<ConnectionTestStep> steps;
        run(connection(), steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Failed, State::NotRun, QStringLiteral("This URL is not a Cloud SOAR API"));
    }

    void expiredTokenFailsOnlyTheCredentials()
    {
        SoarConnection c = connection();
        c.secret = QStringLiteral("expired.jwt.token");
        QList<ConnectionTestStep> steps;
        run(c, steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Passed, State::Failed, QStringLiteral("copy a new one from your Cloud SOAR profile"));
    }

    void rejectedAccessKey()
    {
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::SumoApi);
        m_server->acceptAccessKey("id1", "key1");
        QVERIFY(m_server->startPlain());
        SoarConnection c = connection();
        c.url += QStringLiteral("api/csoar/v3/");
        c.auth = SoarAuthMode::AccessKey;
        c.accessId = QStringLiteral("id1");
        c.secret = QStringLiteral("wrong-key");
        QList<ConnectionTestStep> steps;
        run(c, steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Passed, State::Failed, QStringLiteral("Access ID / Access Key"));
    }

    void tokenForTheSumoApiIsQuestioned()
    {
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::SumoApi);
        m_server->acceptToken(kToken);
        QVERIFY(m_server->startPlain());
        SoarConnection c = connection();
        c.url += QStringLiteral("api/csoar/v3/");
        QList<ConnectionTestStep> steps;
        run(c, steps);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(steps.at(0).state, State::Passed);
        QVERIFY2(steps.at(0).message.contains(QLatin1String("documented with an Access ID and Access Key")),
            qPrintable(steps.at(0).message));
        // The test server holds to the documented contract, so it objects to the token: the
        // reason for the note. Nothing else may have been wrong.
        QCOMPARE(m_server->violations().size(), 1);
        QVERIFY(m_server->violations().first().contains(QLatin1String("Basic base64(accessId:accessKey)")));
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::Legacy);
    }

    void missingTokenStillChecksReachability()
    {
        SoarConnection c = connection();
        c.secret.clear();
        QList<ConnectionTestStep> steps;
        run(c, steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Passed, State::Failed, QStringLiteral("No Cloud SOAR API token is set"));
        QVERIFY(!m_server->requests().first().hasHeader("Authorization"));
    }

    void refusedConnection()
    {
        const SoarConnection c = connection();
        m_server->close();
        QList<ConnectionTestStep> steps;
        run(c, steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Failed, State::NotRun, QStringLiteral("refused the connection"));
    }

    void timeout()
    {
        m_server->injectFault(Fault::hang());
        QList<ConnectionTestStep> steps;
        run(connection(), steps, true);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Failed, State::NotRun, QStringLiteral("did not answer within"));
    }

    void serverErrorLeavesCredentialsUnchecked()
    {
        m_server->injectFault(Fault::answer(500, "Database down"));
        QList<ConnectionTestStep> steps;
        run(connection(), steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Passed, State::Failed, QStringLiteral("Could not check the credentials"));
    }

    void unreadableCaFileFailsReachability()
    {
        SoarConnection c = connection();
        c.tls.caFile = QStringLiteral("/nonexistent/soar-ca.pem");
        QList<ConnectionTestStep> steps;
        run(c, steps);
        if (QTest::currentTestFailed())
            return;
        expect(steps, State::Passed, State::Failed, State::NotRun, QStringLiteral("Cannot read the SOAR CA file"));
    }
};

QTEST_GUILESS_MAIN(TestSoarConnectionTest)
#include "tst_soarconnectiontest.moc"
