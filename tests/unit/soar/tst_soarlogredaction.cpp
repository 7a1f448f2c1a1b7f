#include "IncidentProbe.h"
#include "SoarJobRunner.h"
#include "SoarTestServer.h"

#include "common/Logging.h"
#include "soar/CreateIncidentJob.h"
#include "soar/GetIncidentJob.h"
#include "soar/SoarClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <memory>
#include <sstream>

using namespace soar::soar;
using soar::common::Logging;
using soar::test::incidentProbe;
using soar::test::runJob;
using soar::test::SoarTestServer;

// The token must never reach a log, even at trace level, without relying on the run-time
// secret scrubbing (no secret is registered here): the REST log itself must drop it.
class TestSoarLogRedaction : public QObject {
    Q_OBJECT

    std::ostringstream m_captured;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;

private slots:
    void init()
    {
        m_captured.str({});
        m_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_captured);
        Logging::Options options;
        options.level = spdlog::level::trace;
        Logging::setup(options);
        Logging::addSink(m_sink);
    }
    void cleanup() { Logging::removeSink(m_sink); }

    void bearerTokenNeverLogged()
    {
        const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLXZhbHVl.c2ln";
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(token);
        QVERIFY(server.startPlain());
        QNetworkAccessManager network;
        SoarConnection c;
        c.url = server.rootUrl().toString();
        c.secret = QString::fromLatin1(token);
        const auto soar = SoarClient::create(&network, c);
        QVERIFY(soar.ok());
        const std::unique_ptr<GetIncidentJob> ok = incidentProbe(&network, c, QStringLiteral("1"));
        QVERIFY(ok);
        const std::optional<SoarResult> okResult = runJob(ok.get());
        QVERIFY(okResult);
        server.injectFault(SoarTestServer::Fault::answer(401, "bad token"));
        std::unique_ptr<CreateIncidentJob> rejected(
            soar.value().createIncident({{QStringLiteral("template_id"), 1}}, QByteArray(64, 'a')));
        const std::optional<SoarResult> rejectedResult = runJob(rejected.get());
        QVERIFY(rejectedResult);
        QVERIFY(!rejectedResult->ok());
        m_sink->flush();

        const std::string log = m_captured.str();
        QVERIFY2(log.find("Authorization: Bearer <redacted>") != std::string::npos, log.c_str());
        QVERIFY2(log.find(token.constData()) == std::string::npos, "the token was logged");
        QVERIFY2(log.find("c2VjcmV0LXRva2VuLXZhbHVl") == std::string::npos, "part of the token was logged");
        QVERIFY(server.violations().isEmpty());
    }

    void accessKeyNeverLogged()
    {
        SoarTestServer server(SoarTestServer::Deployment::SumoApi);
        server.acceptAccessKey("suAccessId42", "VeryS3cretAccessKeyValue");
        QVERIFY(server.startPlain());
        QNetworkAccessManager network;
        SoarConnection c;
        c.url = server.apiUrl().toString();
        c.auth = SoarAuthMode::AccessKey;
        c.accessId = QStringLiteral("suAccessId42");
        c.secret = QStringLiteral("VeryS3cretAccessKeyValue");
        const std::unique_ptr<GetIncidentJob> job = incidentProbe(&network, c, QStringLiteral("1"));
        QVERIFY(job);
        const std::optional<SoarResult> jobResult = runJob(job.get());
        QVERIFY(jobResult);
        m_sink->flush();

        const std::string log = m_captured.str();
        const QByteArray basic = QByteArray("suAccessId42:VeryS3cretAccessKeyValue").toBase64();
        QVERIFY2(log.find("Authorization: Basic <redacted>") != std::string::npos, log.c_str());
        QVERIFY(log.find("VeryS3cretAccessKeyValue") == std::string::npos);
        QVERIFY(log.find(basic.constData()) == std::string::npos);
        QVERIFY(server.violations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSoarLogRedaction)
#include "tst_soarlogredaction.moc"
