#include "IncidentProbe.h"
#include "ManualRequestTimer.h"
#include "SoarJobRunner.h"
#include "SoarTestServer.h"

#include "soar/CreateIncidentJob.h"
#include "soar/GetIncidentJob.h"
#include "soar/IncidentRule.h"
#include "soar/SoarClient.h"
#include "soar/SoarErrorMapper.h"
#include "soar/UpdateIncidentJob.h"
#include "store/IdempotencyKey.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace soar::soar;
using soar::common::Error;
using soar::test::ManualTimers;
using soar::test::runJob;
using soar::test::SoarTestServer;
using Fault = SoarTestServer::Fault;

namespace {
const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";
const QByteArray kAccessId = "suABCDEF123";
const QByteArray kAccessKey = "k3yK3yK3y-secret";
const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0, 0), QTimeZone::utc());
} // namespace

class TestSoarJobs : public QObject {
    Q_OBJECT

    std::unique_ptr<SoarTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ManualTimers m_timers;

    SoarConnection jwtConnection() const
    {
        SoarConnection c;
        c.url = m_server->rootUrl().toString();
        c.auth = SoarAuthMode::Jwt;
        c.secret = QString::fromLatin1(kToken);
        return c;
    }
    SoarConnection accessKeyConnection() const
    {
        SoarConnection c;
        c.url = m_server->rootUrl().toString() + QStringLiteral("api/csoar/v3");
        c.auth = SoarAuthMode::AccessKey;
        c.accessId = QString::fromLatin1(kAccessId);
        c.secret = QString::fromLatin1(kAccessKey);
        return c;
    }
    SoarClientOptions options()
    {
        SoarClientOptions o;
        o.timerFactory = m_timers.factory();
        o.now = [] { return kNow; };
        o.timeout = std::chrono::seconds(20);
        return o;
    }
    SoarClient client(const SoarConnection &connection)
    {
        auto created = SoarClient::create(m_network.get(), connection, options());
        if (!created.ok())
            qFatal("SoarClient::create failed: %s", qPrintable(created.error().message));
        return created.value();
    }
    // The GET the connection test probes the server with, under the same options as client().
    std::unique_ptr<GetIncidentJob> probe(const SoarConnection &connection, const QString &incidentId)
    {
        auto job = soar::test::incidentProbe(m_network.get(), connection, incidentId, options());
        if (!job)
            qFatal("the connection's settings are not usable");
        return job;
    }
    void startServer(SoarTestServer::Deployment deployment)
    {
        m_server = std::make_unique<SoarTestServer>(deployment);
        m_server->acceptToken(kToken);
        if (deployment == SoarTestServer::Deployment::SumoApi)
            m_server->acceptAccessKey(kAccessId, kAccessKey);
        QVERIFY(m_server->startPlain());
    }

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_timers = ManualTimers();
        startServer(SoarTestServer::Deployment::Legacy);
    }
    void cleanup()
    {
        if (m_server && !QTest::currentTestFailed())
            QVERIFY2(m_server->violations().isEmpty(), qPrintable(m_server->violations().join(QLatin1Char('\n'))));
        m_server.reset();
        m_network.reset();
    }

    void getIncidentWithBearerToken()
    {
        m_server->addIncident(QStringLiteral("77"), {{QStringLiteral("title"), QStringLiteral("Phishing wave")}});
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("77"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        const SoarResult &result = *jobResult;
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.incidentId, QStringLiteral("77"));
        QCOMPARE(result.json.value(QLatin1String("title")).toString(), QStringLiteral("Phishing wave"));

        QCOMPARE(m_server->requests().size(), 1);
        const auto &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QByteArray("/incmansuite_ng/api/v3/incidents/77"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kToken);
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    }

    void getIncidentWithAccessKey()
    {
        startServer(SoarTestServer::Deployment::SumoApi);
        m_server->addIncident(QStringLiteral("9"), {});
        const std::unique_ptr<GetIncidentJob> job = probe(accessKeyConnection(), QStringLiteral("9"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QVERIFY2(jobResult->ok(), qPrintable(jobResult->error.toString()));
        const auto &request = m_server->requests().first();
        QCOMPARE(request.path(), QByteArray("/api/csoar/v3/incidents/9"));
        QCOMPARE(request.header("Authorization"), "Basic " + QByteArray(kAccessId + ':' + kAccessKey).toBase64());
    }

    void incidentIdIsPercentEncoded()
    {
        m_server->addIncident(QStringLiteral("a/b c"), {});
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("a/b c"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QVERIFY2(jobResult->ok(), qPrintable(jobResult->error.toString()));
        QCOMPARE(m_server->requests().first().path(), QByteArray("/incmansuite_ng/api/v3/incidents/a%2Fb%20c"));
    }

    void createIncidentFromRuleIsIdempotent()
    {
        IncidentRule rule;
        rule.templateId = 12;
        MailSummaryForSoar mail;
        mail.mailId = QStringLiteral("soc-1");
        mail.subject = QStringLiteral("Invoice");
        mail.date = kNow;
        mail.messageId = "<m1@example.test>";
        mail.rawSha256Hex = QByteArray(64, 'a');
        const QByteArray key = soar::store::IdempotencyKey::compute(QStringLiteral("soc"), mail.messageId, mail.rawSha256Hex);
        const SoarClient soar = client(jwtConnection());

        std::unique_ptr<CreateIncidentJob> first(soar.createIncident(rule.requestBody(mail), key));
        const std::optional<SoarResult> firstResult = runJob(first.get());
        QVERIFY(firstResult);
        QVERIFY2(firstResult->ok(), qPrintable(firstResult->error.toString()));
        QCOMPARE(firstResult->httpStatus, 201);
        const QString id = firstResult->incidentId;
        QCOMPARE(id, QStringLiteral("1000"));
        const QJsonObject fields = m_server->incident(id).value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("CSOAR Email ID")).toString(), QStringLiteral("soc-1"));
        QCOMPARE(fields.value(QLatin1String("starttime")).toString(), QStringLiteral("2026-11-28T10:00:00Z"));
        const auto &request = m_server->requests().first();
        QCOMPARE(request.path(), QByteArray("/incmansuite_ng/api/v3/incidents/"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Idempotency-Key"), key);

        std::unique_ptr<CreateIncidentJob> again(soar.createIncident(rule.requestBody(mail), key));
        const std::optional<SoarResult> againResult = runJob(again.get());
        QVERIFY(againResult);
        QCOMPARE(againResult->incidentId, id);
        QCOMPARE(m_server->incidentCount(), 1);
    }

    void updateIncidentSendsTheFormField()
    {
        m_server->addIncident(QStringLiteral("5"), {});
        const QString text = QStringLiteral("From: a+b@example.test & co\nIOCs: 2 = many ü");
        std::unique_ptr<UpdateIncidentJob> job(client(jwtConnection()).updateIncident(QStringLiteral("5"), text));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QVERIFY2(jobResult->ok(), qPrintable(jobResult->error.toString()));
        QCOMPARE(jobResult->incidentId, QStringLiteral("5"));
        const auto &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path(), QByteArray("/incmansuite_ng/api/v2/incidents/5"));
        QCOMPARE(m_server->incident(QStringLiteral("5"))
                     .value(QLatin1String("fields"))
                     .toObject()
                     .value(QLatin1String("additional_info"))
                     .toString(),
            text);
    }

    void updateOnTheSumoApiUsesItsV2Root()
    {
        startServer(SoarTestServer::Deployment::SumoApi);
        m_server->addIncident(QStringLiteral("8"), {});
        std::unique_ptr<UpdateIncidentJob> job(
            client(accessKeyConnection()).updateIncident(QStringLiteral("8"), QStringLiteral("note")));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QVERIFY2(jobResult->ok(), qPrintable(jobResult->error.toString()));
        QCOMPARE(m_server->requests().first().path(), QByteArray("/api/csoar/v2/incidents/8"));
    }

    void createAnsweredWithoutIdIsStillASuccess()
    {
        m_server->injectFault(Fault::answer(200, "created"));
        std::unique_ptr<CreateIncidentJob> job(
            client(jwtConnection())
                .createIncident(
                    {{QStringLiteral("template_id"), 1}, {QStringLiteral("fields"), QJsonObject()}}, QByteArray(64, 'b')));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QVERIFY(jobResult->ok()); // the incident exists: a retry would create a second one
        QVERIFY(jobResult->incidentId.isEmpty());
    }

    void updateOfUnknownIncidentIsNotFound()
    {
        std::unique_ptr<UpdateIncidentJob> job(
            client(jwtConnection()).updateIncident(QStringLiteral("404040"), QStringLiteral("x")));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(jobResult->error.kind, Error::Kind::NotFound);
        QVERIFY(jobResult->error.message.contains(QLatin1String("Incident 404040 not found")));
        QVERIFY(!jobResult->retryable);
    }

    void httpErrorsBecomeActionable_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<bool>("accessKey");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<QString>("mentions");

        QTest::newRow("401 token") << Fault::answer(401, "jwt expired") << false << Error::Kind::Auth << false << -1
                                   << "token is invalid or expired — copy a new one from your Cloud SOAR profile";
        QTest::newRow("403 token") << Fault::answer(403) << false << Error::Kind::Auth << false << -1 << "HTTP 403";
        QTest::newRow("401 access key") << Fault::answer(401) << true << Error::Kind::Auth << false << -1
                                        << "Access ID / Access Key";
        QTest::newRow("404 web page") << Fault::page(404, "<html>nope</html>") << false << Error::Kind::Config << false << -1
                                      << "This URL is not a Cloud SOAR API";
        QTest::newRow("200 web page") << Fault::page(200, "<html>login</html>") << false << Error::Kind::Protocol << false << -1
                                      << "not a Cloud SOAR API";
        QTest::newRow("408") << Fault::answer(408) << false << Error::Kind::Timeout << true << -1 << "HTTP 408";
        QTest::newRow("429 seconds") << Fault::rateLimited("120") << false << Error::Kind::ServerNo << true << 120 << "HTTP 429";
        QTest::newRow("429 HTTP-date") << Fault::rateLimited("Sat, 28 Nov 2026 10:05:00 GMT") << false << Error::Kind::ServerNo
                                       << true << 300 << "HTTP 429";
        Fault unavailable = Fault::answer(503, "maintenance");
        unavailable.retryAfter = "30";
        QTest::newRow("503 with Retry-After") << unavailable << false << Error::Kind::ServerNo << true << 30 << "maintenance";
        QTest::newRow("500 with message") << Fault::answer(500, "Database down") << false << Error::Kind::ServerNo << true << -1
                                          << "Cloud SOAR said: \"Database down\"";
        QTest::newRow("422 with message") << Fault::answer(422, "Template 99 does not exist") << false << Error::Kind::ServerNo
                                          << false << -1 << "Template 99 does not exist";
    }
    void httpErrorsBecomeActionable()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, accessKey);
        QFETCH(Error::Kind, kind);
        QFETCH(bool, retryable);
        QFETCH(int, retryAfter);
        QFETCH(QString, mentions);
        if (accessKey)
            startServer(SoarTestServer::Deployment::SumoApi);
        m_server->injectFault(fault);
        const std::unique_ptr<GetIncidentJob> job
            = probe(accessKey ? accessKeyConnection() : jwtConnection(), QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        const SoarResult &result = *jobResult;
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.httpStatus, fault.status);
        QCOMPARE(result.retryable, retryable);
        QCOMPARE(result.retryAfter.has_value(), retryAfter >= 0);
        if (retryAfter >= 0)
            QCOMPARE(result.retryAfter->count(), qint64(retryAfter));
        QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.message));
    }

    void wrongTokenIsRejectedWithoutViolations()
    {
        SoarConnection connection = jwtConnection();
        connection.secret = QStringLiteral("an-old-token");
        const std::unique_ptr<GetIncidentJob> job = probe(connection, QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(jobResult->error.kind, Error::Kind::Auth);
        QCOMPARE(jobResult->httpStatus, 401);
    }

    void hangingServerTimesOutByTheInjectedTimer()
    {
        m_server->injectFault(Fault::hang());
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        QSignalSpy spy(job.get(), &SoarJob::finished);
        job->start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_timers.runningCount(), 1);
        QCOMPARE(m_timers.created().first()->interval(), std::chrono::milliseconds(20000));
        QVERIFY(spy.isEmpty());
        m_timers.fireAll();
        QTRY_COMPARE(spy.count(), 1);
        const std::optional<SoarResult> jobResult = spy.first().first().value<SoarResult>();
        QCOMPARE(jobResult->error.kind, Error::Kind::Timeout);
        QVERIFY(jobResult->retryable);
        QVERIFY(jobResult->error.message.contains(QLatin1String("did not answer within 20 s")));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
    }

    void slowServerWithinTheTimeoutSucceeds()
    {
        m_server->addIncident(QStringLiteral("3"), {});
        m_server->injectFault(Fault::hang());
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("3"));
        QSignalSpy spy(job.get(), &SoarJob::finished);
        job->start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        QCoreApplication::processEvents();
        QVERIFY(spy.isEmpty());
        m_server->releaseHeld();
        QTRY_COMPARE(spy.count(), 1);
        const std::optional<SoarResult> jobResult = spy.first().first().value<SoarResult>();
        QVERIFY2(jobResult->ok(), qPrintable(jobResult->error.toString()));
        QCOMPARE(m_timers.runningCount(), 0);
    }

    void timerStopsWhenTheAnswerArrives()
    {
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(m_timers.runningCount(), 0);
        QCOMPARE(jobResult->error.kind, Error::Kind::NotFound);
        QSignalSpy again(job.get(), &SoarJob::finished);
        m_timers.fireAll(); // a late timeout must not produce a second result
        QCoreApplication::processEvents();
        QVERIFY(again.isEmpty());
    }

    void droppedConnectionIsRetryable()
    {
        m_server->injectFault(Fault::drop(), 5); // Qt may resend once on a fresh connection
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(jobResult->error.kind, Error::Kind::Network);
        QCOMPARE(jobResult->httpStatus, 0);
        QVERIFY(jobResult->retryable);
    }

    void refusedConnectionNamesTheHost()
    {
        const SoarConnection connection = jwtConnection();
        m_server->close();
        const std::unique_ptr<GetIncidentJob> job = probe(connection, QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(jobResult->error.kind, Error::Kind::Network);
        QVERIFY2(jobResult->error.message.contains(QLatin1String("127.0.0.1 refused the connection")),
            qPrintable(jobResult->error.message));
        QVERIFY(jobResult->retryable);
    }

    void networkErrorsMapToMessages_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("code");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("DNS") << QNetworkReply::HostNotFoundError << Error::Kind::Network << true << "DNS lookup failed";
        QTest::newRow("TLS") << QNetworkReply::SslHandshakeFailedError << Error::Kind::Tls << false << "fingerprint";
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << Error::Kind::Network << true << "proxy";
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << Error::Kind::Timeout << true << "did not answer";
    }
    void networkErrorsMapToMessages()
    {
        QFETCH(QNetworkReply::NetworkError, code);
        QFETCH(Error::Kind, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, mentions);
        const SoarResult result = SoarErrorMapper::fromNetwork(
            code, QStringLiteral("qt text"), QStringLiteral("soar.example"), QStringLiteral("reading incident 1"), {});
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.retryable, retryable);
        QCOMPARE(result.error.detail, QStringLiteral("qt text"));
        QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.message));
    }

    void redirectToAnotherHostIsRefused()
    {
        m_server->injectFault(Fault::redirect(
            QStringLiteral("http://localhost:%1/incmansuite_ng/api/v3/incidents/1").arg(m_server->serverPort()).toLatin1()));
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(jobResult->error.kind, Error::Kind::Config);
        QVERIFY2(jobResult->error.message.contains(QLatin1String("which is another host")), qPrintable(jobResult->error.message));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void redirectOnTheSameHostIsFollowedWithCredentials()
    {
        m_server->addIncident(QStringLiteral("77"), {});
        m_server->injectFault(Fault::redirect("/incmansuite_ng/api/v3/incidents/77"));
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QVERIFY2(jobResult->ok(), qPrintable(jobResult->error.toString()));
        QCOMPARE(jobResult->incidentId, QStringLiteral("77"));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void endlessRedirectsStop()
    {
        m_server->injectFault(Fault::redirect("/incmansuite_ng/api/v3/incidents/1"), 10);
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        QCOMPARE(jobResult->error.kind, Error::Kind::Protocol);
        QVERIFY(jobResult->error.message.contains(QLatin1String("kept redirecting")));
        QCOMPARE(m_server->requests().size(), 4); // the request and three redirects
    }

    void abortReportsCancelledOnce()
    {
        m_server->injectFault(Fault::hang());
        const std::unique_ptr<GetIncidentJob> job = probe(jwtConnection(), QStringLiteral("1"));
        QSignalSpy spy(job.get(), &SoarJob::finished);
        job->start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        job->abort();
        QTRY_COMPARE(spy.count(), 1);
        const std::optional<SoarResult> jobResult = spy.first().first().value<SoarResult>();
        QCOMPARE(jobResult->error.kind, Error::Kind::Cancelled);
        m_timers.fireAll();
        job->abort();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
    }

    void clientRejectsUnusableSettings_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("accessId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no token") << 0 << QString() << QString() << QString() << QString() << "No Cloud SOAR API token";
        QTest::newRow("token with spaces") << 0 << QString() << QStringLiteral("Bearer abc") << QString() << QString()
                                           << "spaces";
        QTest::newRow("no access id") << 1 << QString() << QStringLiteral("key") << QString() << QString()
                                      << "Access ID and Access Key";
        QTest::newRow("colon in access id") << 1 << QStringLiteral("a:b") << QStringLiteral("key") << QString() << QString()
                                            << "':'";
        QTest::newRow("missing CA file") << 0 << QString() << QStringLiteral("t") << QStringLiteral("/nonexistent/ca.pem")
                                         << QString() << "Cannot read the SOAR CA file /nonexistent/ca.pem";
        QTest::newRow("short fingerprint") << 0 << QString() << QStringLiteral("t") << QString() << QStringLiteral("ab:cd")
                                           << "64 hex digits";
    }
    void clientRejectsUnusableSettings()
    {
        QFETCH(int, auth);
        QFETCH(QString, accessId);
        QFETCH(QString, secret);
        QFETCH(QString, caFile);
        QFETCH(QString, fingerprint);
        QFETCH(QString, mentions);
        SoarConnection connection;
        connection.url = QStringLiteral("https://acme.soar.sumologic.com");
        connection.auth = auth == 0 ? SoarAuthMode::Jwt : SoarAuthMode::AccessKey;
        connection.accessId = accessId;
        connection.secret = secret;
        connection.tls.caFile = caFile;
        connection.tls.trustedFingerprint = fingerprint;
        const auto created = SoarClient::create(m_network.get(), connection);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Config);
        QVERIFY2(created.error().message.contains(mentions), qPrintable(created.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSoarJobs)
#include "tst_soarjobs.moc"
