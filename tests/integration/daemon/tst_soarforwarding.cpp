// soar-imapd with a Cloud SOAR configured: each newly stored mail becomes one incident from the
// resource's template, carrying its mail id; the local test server checks every request against
// docs/soar-api.md.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "SoarTestServer.h"
#include "TestMail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::SoarTestServer;
using soar::test::TestMail;

class TestSoarForwarding : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_token = "eyJhbGciOiJIUzI1NiJ9.test-user.sig";

    QString writeSettings(const QString &folder, const QUrl &soarUrl)
    {
        const QJsonObject resource {{QStringLiteral("name"), folder},
            {QStringLiteral("imap"),
                QJsonObject {{QStringLiteral("host"), RigEnvironment::host()},
                    {QStringLiteral("port"), RigEnvironment::imapsPort()}, {QStringLiteral("username"), RigEnvironment::kBob},
                    {QStringLiteral("caFile"), RigEnvironment::caFile()},
                    {QStringLiteral("passwordCommand"), QStringLiteral("echo bob-secret")}, {QStringLiteral("folder"), folder}}},
            {QStringLiteral("soar"),
                QJsonObject {{QStringLiteral("url"), soarUrl.toString()}, {QStringLiteral("auth"), QStringLiteral("jwt")},
                    {QStringLiteral("incidentTemplateId"), 12}}}};
        const QString path = m_dir.filePath(folder + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
        return path;
    }

    // Runs soar-imapd while this process keeps serving the SOAR test server.
    std::pair<int, QByteArray> once(const QString &config, const QByteArray &token, QByteArray *stderrOut = nullptr)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_IMAP_SECRET"), QString::fromLatin1(token));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("once"), QStringLiteral("--json")});
        if (!finished.wait(90000))
            return {-1, {}};
        if (stderrOut)
            *stderrOut = p.readAllStandardError();
        return {p.exitCode(), p.readAllStandardOutput()};
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
