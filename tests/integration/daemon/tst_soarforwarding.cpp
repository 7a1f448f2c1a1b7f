// soar-imapd with a Cloud SOAR configured: each newly stored mail becomes one incident from the
// resource's template, carrying its mail id; the local test server checks every request against
// docs/soar-api.md.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "SoarImapdRun.h"
#include "SoarTestServer.h"
#include "TestMail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::SoarImapdRun;
using soar::test::SoarTestServer;
using soar::test::TestMail;

class TestSoarForwarding : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_token = "eyJhbGciOiJIUzI1NiJ9.test-user.sig";

    SoarImapdRun m_daemon {m_dir.path()};

    QString writeSettings(const QString &folder, const QUrl &soarUrl, const QJsonArray &mapping = {})
    {
        return m_daemon.writeSettings(
            folder, SoarImapdRun::soarSettings(soarUrl, {{QStringLiteral("incidentMapping"), mapping}}));
    }

    // soar-imapd once --json: its exit code and standard output.
    std::pair<int, QByteArray> once(
        const QString &config, const QByteArray &token, QByteArray *stderrOut = nullptr, const QString &crashAt = {})
    {
        QProcessEnvironment env;
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("SOAR_CRASH_AT"), crashAt);
        const SoarImapdRun::Outcome outcome
            = m_daemon.run(config, {QStringLiteral("once"), QStringLiteral("--json")}, token, env);
        if (stderrOut)
            *stderrOut = outcome.err;
        return {outcome.exitCode, outcome.out};
    }

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void everyStoredMailBecomesOneIncident()
    {
        const QString folder = QStringLiteral("SoarForward");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        for (int i = 0; i < 3; ++i)
            QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("Phish %1").arg(i)).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(m_token);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(folder, server.apiUrl());

        QByteArray err;
        const auto [code, out] = once(config, m_token, &err);
        QVERIFY2(code == 0, err.constData());
        const QJsonArray mails = QJsonDocument::fromJson(out).array();
        QCOMPARE(mails.size(), 3);
        QCOMPARE(server.incidentCount(), 3);
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));

        // The incident carries the stored mail's id in the mapped custom field.
        QStringList mailIds;
        for (const QJsonValue &m : mails)
            mailIds << m.toObject().value(QStringLiteral("cloud_soar_mail_id")).toString();
        QStringList incidentMailIds;
        for (auto it = server.incidentsCreatedPerKey().begin(); it != server.incidentsCreatedPerKey().end(); ++it) {
            QCOMPARE(it.value(), 1);
            const QJsonObject incident = server.incident(server.incidentForKey(it.key()));
            const QJsonObject fields = incident.value(QStringLiteral("fields")).toObject();
            incidentMailIds << fields.value(QStringLiteral("CSOAR Email ID")).toString();
            QCOMPARE(incident.value(QStringLiteral("template_id")).toInt(), 12);
        }
        std::sort(mailIds.begin(), mailIds.end());
        std::sort(incidentMailIds.begin(), incidentMailIds.end());
        const bool found = mailIds == incidentMailIds;
        const QByteArray incidents = incidentMailIds.join(QLatin1Char(',')).toUtf8();
        QVERIFY2(found, incidents.constData());

        // Nothing new: no new incident.
        const auto [again, nothing] = once(config, m_token);
        QCOMPARE(again, 0);
        QCOMPARE(QJsonDocument::fromJson(nothing).array().size(), 0);
        QCOMPARE(server.incidentCount(), 3);
    }

    // soar-imapd killed at a crash point, then started again: each mail still becomes exactly
    // one incident. daemon.after-store is the moment between the store commit and anything
    // else (the mail must already be queued); soar.after-2xx is between the server's answer
    // and the local commit (the request is repeated with the same Idempotency-Key).
    void crashedDaemonDeliversEachMailOnceAfterRestart_data()
    {
        QTest::addColumn<QString>("crashPoint");
        // Whether a request must be repeated: "yes", "no", or "may" (delivery runs alongside
        // the fetch, so a request can be in flight when the \Seen crash point fires).
        QTest::addColumn<QString>("requestRepeated");
        QTest::newRow("after the store commit") << QStringLiteral("daemon.after-store") << QStringLiteral("no");
        QTest::newRow("after the SOAR answered 2xx") << QStringLiteral("soar.after-2xx") << QStringLiteral("yes");
        QTest::newRow("after the delivery commit") << QStringLiteral("soar.after-delivered-commit") << QStringLiteral("no");
        QTest::newRow("after setting \\Seen") << QStringLiteral("daemon.after-seen") << QStringLiteral("may");
    }

    void crashedDaemonDeliversEachMailOnceAfterRestart()
    {
        QFETCH(QString, crashPoint);
        QFETCH(QString, requestRepeated);
        const QString folder = QStringLiteral("SoarCrash-") + QString(crashPoint).replace(QLatin1Char('.'), QLatin1Char('-'));
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        constexpr int kMails = 3;
        for (int i = 0; i < kMails; ++i)
            QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("Crash %1").arg(i)).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(m_token);
        QVERIFY(server.startPlain());
        QMap<QByteArray, int> requestsPerKey;
        connect(&server, &SoarTestServer::requestReceived, this, [&requestsPerKey](const soar::test::HttpRequest &request) {
            const QByteArray key = request.header("Idempotency-Key");
            if (request.method == "POST" && !key.isEmpty())
                ++requestsPerKey[key];
        });
        const QString config = writeSettings(folder, server.apiUrl());

        QByteArray err;
        const auto [crashed, partial] = once(config, m_token, &err, crashPoint);
        QVERIFY2(crashed == 86, err.constData()); // CrashPoint's exit code: it really crashed there
        QVERIFY2(err.contains("crash point " + crashPoint.toLatin1()), err.constData());

        const auto [code, out] = once(config, m_token, &err);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(server.incidentCount(), kMails);
        QCOMPARE(server.incidentsCreatedPerKey().size(), kMails);
        for (int created : server.incidentsCreatedPerKey())
            QCOMPARE(created, 1);
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));
        const bool repeated = std::any_of(requestsPerKey.begin(), requestsPerKey.end(), [](int n) { return n > 1; });
        if (requestRepeated != QLatin1String("may"))
            QCOMPARE(repeated, requestRepeated == QLatin1String("yes"));

        // A third run finds nothing to do: no mail lost in the queue, none sent again.
        const int requests = std::accumulate(requestsPerKey.begin(), requestsPerKey.end(), 0);
        const auto [again, nothing] = once(config, m_token, &err);
        QVERIFY2(again == 0, err.constData());
        QCOMPARE(QJsonDocument::fromJson(nothing).array().size(), 0);
        QCOMPARE(std::accumulate(requestsPerKey.begin(), requestsPerKey.end(), 0), requests);
        QCOMPARE(server.incidentCount(), kMails);
    }

    // The analyst's own mapping decides which incident field each mail value fills.
    void editedMappingFillsTheChosenFields()
    {
        const QString folder = QStringLiteral("SoarForwardMapping");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(
            folder, TestMail().from(QStringLiteral("reporter@example.test")).subject(QStringLiteral("Odd invoice")).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(m_token);
        QVERIFY(server.startPlain());
        const QJsonArray mapping {QJsonObject {{QStringLiteral("source"), QStringLiteral("cloud_soar_mail_id")},
                                      {QStringLiteral("field"), QStringLiteral("Mail Ref")}},
            QJsonObject {
                {QStringLiteral("source"), QStringLiteral("subject")}, {QStringLiteral("field"), QStringLiteral("title")}},
            QJsonObject {
                {QStringLiteral("source"), QStringLiteral("from")}, {QStringLiteral("field"), QStringLiteral("Reporter")}}};
        const QString config = writeSettings(folder, server.apiUrl(), mapping);

        QByteArray err;
        const auto [code, out] = once(config, m_token, &err);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(server.incidentCount(), 1);
        const QJsonObject incident = server.incident(server.incidentForKey(server.incidentsCreatedPerKey().firstKey()));
        const QJsonObject fields = incident.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("Odd invoice"));
        QVERIFY2(fields.value(QStringLiteral("Reporter")).toString().contains(QLatin1String("reporter@example.test")),
            qPrintable(QString::fromUtf8(QJsonDocument(fields).toJson())));
        const QString mailId
            = QJsonDocument::fromJson(out).array().first().toObject().value(QStringLiteral("cloud_soar_mail_id")).toString();
        QCOMPARE(fields.value(QStringLiteral("Mail Ref")).toString(), mailId);
        QVERIFY(!fields.contains(QStringLiteral("description"))); // the default rows are replaced, not added to
        QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(QLatin1Char('\n'))));
    }

    void unknownMappingSourceIsABadConfiguration()
    {
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(QStringLiteral("SoarForwardBadMapping"), server.apiUrl(),
            QJsonArray {QJsonObject {
                {QStringLiteral("source"), QStringLiteral("sender")}, {QStringLiteral("field"), QStringLiteral("x")}}});
        QByteArray err;
        const auto [code, out] = once(config, m_token, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("soar.incidentMapping") && err.contains("unknown mail field \"sender\"")
                && err.contains("cloud_soar_mail_id"),
            err.constData());
        QCOMPARE(server.incidentCount(), 0);
    }

    void rejectedTokenKeepsMailQueuedAndSaysWhy()
    {
        const QString folder = QStringLiteral("SoarForwardBadToken");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(bob.resetFolder(folder));
        QVERIFY(bob.append(folder, TestMail().raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(m_token);
        QVERIFY(server.startPlain());
        const QString config = writeSettings(folder, server.apiUrl());

        QByteArray err;
        const auto [code, out] = once(config, "expired-token", &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("token is invalid or expired"), err.constData());
        QVERIFY(!err.contains("expired-token"));
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1); // fetched and stored all the same
        QCOMPARE(server.incidentCount(), 0);

        // With the right token, the queued mail is delivered on the next run.
        const auto [fixed, none] = once(config, m_token, &err);
        QVERIFY2(fixed == 0, err.constData());
        QCOMPARE(server.incidentCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSoarForwarding)
#include "tst_soarforwarding.moc"
