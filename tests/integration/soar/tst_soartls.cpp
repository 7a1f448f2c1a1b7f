#include "IncidentProbe.h"
#include "RigEnvironment.h"
#include "SoarJobRunner.h"
#include "SoarTestServer.h"

#include "soar/GetIncidentJob.h"
#include "soar/SoarClient.h"
#include "soar/SoarConnectionTest.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace soar::soar;
using soar::common::Error;
using soar::test::incidentProbe;
using soar::test::RigEnvironment;
using soar::test::runJob;
using soar::test::SoarTestServer;

namespace {
const QByteArray kToken = "tls.test.token";

QString rigTlsFile(const QString &name)
{
    return QDir(QProcessEnvironment::systemEnvironment().value(QStringLiteral("SOAR_RIG_DIR")))
        .filePath(QStringLiteral("tls/") + name);
}
} // namespace

// HTTPS against the rig's certificate (CN=localhost, SAN 127.0.0.1, signed by the rig CA).
class TestSoarTls : public QObject {
    Q_OBJECT

    std::unique_ptr<SoarTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;

    SoarConnection connection(const SoarTlsOptions &tls) const
    {
        SoarConnection c;
        c.url = m_server->rootUrl().toString();
        c.secret = QString::fromLatin1(kToken);
        c.tls = tls;
        return c;
    }
    SoarResult fetch(const SoarTlsOptions &tls)
    {
        const auto soar = SoarClient::create(m_network.get(), connection(tls));
        if (!soar.ok())
            return SoarResult {soar.error(), 0, {}, {}, false, {}};
        const std::unique_ptr<GetIncidentJob> job = incidentProbe(m_network.get(), connection(tls), QStringLiteral("1"));
        const std::optional<SoarResult> result = job ? runJob(job.get()) : std::nullopt;
        if (!result)
            return SoarResult {
                Error(Error::Kind::Internal, QStringLiteral("job did not finish exactly once")), 0, {}, {}, false, {}};
        return *result;
    }

private slots:
    void init()
    {
        SOAR_REQUIRE_RIG();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::Legacy);
        m_server->acceptToken(kToken);
        m_server->addIncident(QStringLiteral("1"), {});
        QVERIFY(m_server->startTls(rigTlsFile(QStringLiteral("server.crt")), rigTlsFile(QStringLiteral("server.key"))));
    }
    void cleanup()
    {
        if (m_server)
            QVERIFY2(m_server->violations().isEmpty(), qPrintable(m_server->violations().join(QLatin1Char('\n'))));
        m_server.reset();
        m_network.reset();
    }

    void verifiedWithTheCaFile()
    {
        const SoarResult result = fetch({RigEnvironment::caFile(), {}});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.incidentId, QStringLiteral("1"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void unknownCaFails_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::newRow("system CAs only") << QString();
        QTest::newRow("unrelated CA") << RigEnvironment::wrongCaFile();
    }
    void unknownCaFails()
    {
        QFETCH(QString, caFile);
        const SoarResult result = fetch({caFile, {}});
        QCOMPARE(result.error.kind, Error::Kind::Tls);
        QVERIFY(!result.retryable);
        QVERIFY2(result.error.message.contains(QLatin1String("could not be verified")), qPrintable(result.error.message));
        QVERIFY(result.error.message.contains(QLatin1String("CA file")));
        QVERIFY(m_server->requests().isEmpty()); // nothing, and no token, crossed the unverified channel
    }

    void trustedFingerprintAccepted()
    {
        const QByteArray hex = RigEnvironment::serverSha256Hex();
        QString withColons;
        for (int i = 0; i < hex.size(); i += 2)
            withColons += (i ? QStringLiteral(":") : QString()) + QString::fromLatin1(hex.mid(i, 2)).toUpper();
        const SoarResult result = fetch({{}, withColons});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    }

    void otherFingerprintRejected()
    {
        const SoarResult result = fetch({{}, QString(64, QLatin1Char('0'))});
        QCOMPARE(result.error.kind, Error::Kind::Tls);
        QVERIFY(m_server->requests().isEmpty());
    }

    void connectionTestIgnoresEarlierTrust()
    {
        // Qt reuses a verified connection for the same host and port whatever the TLS options
        // of a later request; the connection test must judge edited settings on their own.
        QVERIFY(fetch({RigEnvironment::caFile(), {}}).ok());
        SoarConnectionTest test(nullptr, connection({}));
        QSignalSpy steps(&test, &SoarConnectionTest::stepFinished);
        QSignalSpy done(&test, &SoarConnectionTest::finished);
        test.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(steps.count(), 2); // URL, then reachable failed; credentials not run
        const auto reachable = steps.at(1).first().value<ConnectionTestStep>();
        QCOMPARE(reachable.kind, ConnectionTestStep::Kind::Reachable);
        QCOMPARE(reachable.state, ConnectionTestStep::State::Failed);
        QVERIFY(reachable.message.contains(QLatin1String("TLS certificate")));
    }

    void downgradeRedirectRefused()
    {
        SoarTestServer plain(SoarTestServer::Deployment::Legacy);
        QVERIFY(plain.startPlain());
        m_server->injectFault(
            SoarTestServer::Fault::redirect(plain.apiUrl().resolved(QUrl(QStringLiteral("incidents/1"))).toString().toLatin1()));
        const SoarResult result = fetch({RigEnvironment::caFile(), {}});
        QCOMPARE(result.error.kind, Error::Kind::Config);
        QVERIFY2(result.error.message.contains(QLatin1String("not encrypted")), qPrintable(result.error.message));
        QVERIFY(plain.requests().isEmpty());
    }

    void connectionTestReportsTls()
    {
        SoarConnectionTest bad(m_network.get(), connection({}));
        QSignalSpy badSteps(&bad, &SoarConnectionTest::stepFinished);
        QSignalSpy badDone(&bad, &SoarConnectionTest::finished);
        bad.start();
        QVERIFY(badDone.wait(10000));
        QCOMPARE(badDone.first().first().toBool(), false);
        QCOMPARE(badSteps.count(), 2); // the credentials step did not run
        const auto badReachable = badSteps.at(1).first().value<ConnectionTestStep>();
        QCOMPARE(badReachable.kind, ConnectionTestStep::Kind::Reachable);
        QCOMPARE(badReachable.state, ConnectionTestStep::State::Failed);
        QVERIFY(badReachable.message.contains(QLatin1String("TLS certificate")));

        // A fresh QNAM: Qt keys its connection cache by host and port, not by TLS options.
        QNetworkAccessManager fresh;
        SoarConnectionTest good(&fresh, connection({RigEnvironment::caFile(), {}}));
        QSignalSpy goodSteps(&good, &SoarConnectionTest::stepFinished);
        QSignalSpy goodDone(&good, &SoarConnectionTest::finished);
        good.start();
        QVERIFY(goodDone.wait(10000));
        QCOMPARE(goodDone.first().first().toBool(), true);
        QCOMPARE(goodSteps.count(), 3);
        QVERIFY(goodSteps.at(1).first().value<ConnectionTestStep>().message.contains(QLatin1String("verified certificate")));
    }
};

QTEST_GUILESS_MAIN(TestSoarTls)
#include "tst_soartls.moc"
