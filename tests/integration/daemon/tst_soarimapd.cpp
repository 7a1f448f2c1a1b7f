// soar-imapd as a user (or the Cloud SOAR integration framework) runs it, against the rig.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "TestMail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestSoarImapd : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Outcome {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QString writeSettings(const QString &name, const QJsonObject &imapOverrides, const QJsonObject &extra = {})
    {
        QJsonObject imap {{QStringLiteral("host"), RigEnvironment::host()}, {QStringLiteral("port"), RigEnvironment::imapsPort()},
            {QStringLiteral("security"), QStringLiteral("tls")}, {QStringLiteral("username"), RigEnvironment::kAlice},
            {QStringLiteral("caFile"), RigEnvironment::caFile()}, {QStringLiteral("folder"), name}};
        for (auto it = imapOverrides.begin(); it != imapOverrides.end(); ++it)
            imap.insert(it.key(), it.value());
        QJsonObject resource {{QStringLiteral("name"), name}, {QStringLiteral("imap"), imap}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            resource.insert(it.key(), it.value());
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
        return path;
    }

    Outcome run(const QString &config, const QStringList &arguments, const QByteArray &password = "alice-secret")
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_IMAP_PASSWORD"), QString::fromUtf8(password));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            QStringList {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))}
                + arguments);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QJsonArray jsonArray(const QByteArray &text) { return QJsonDocument::fromJson(text).array(); }

    // The step that failed, from `test-settings --json`.
    static QJsonObject failedStep(const QByteArray &json)
    {
        for (const QJsonValue &step : jsonArray(json).first().toObject().value(QStringLiteral("steps")).toArray()) {
            if (!step.toObject().value(QStringLiteral("ok")).toBool())
                return step.toObject();
        }
        return {};
    }

    static ImapTestClient &alice()
    {
        static ImapTestClient c(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        return c;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        QVERIFY(alice().isLoggedIn());
    }

    void onceStoresExactlyTheMatchingMailThenNothingNew()
    {
        const QString folder = QStringLiteral("DaemonOnce");
        QVERIFY(alice().resetFolder(folder));
        TestMail wanted = TestMail()
                              .from(QStringLiteral("soc-report@sumologic.com"))
                              .subject(QStringLiteral("Phish report"))
                              .attach(QStringLiteral("evil.eml"), "From: x@y\r\n\r\nhi", "message/rfc822");
        QVERIFY(alice().append(folder, wanted.raw()));
        QVERIFY(alice().append(folder, TestMail().from(QStringLiteral("news@letters.example")).raw()));
        QVERIFY(alice().append(folder, TestMail().from(QStringLiteral("x@notsumologic.com")).raw()));
        const QString config = writeSettings(
            folder, {}, {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("from"), QStringLiteral("sumologic.com")}}}});

        const Outcome first = run(config, {QStringLiteral("once"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonArray mails = jsonArray(first.out);
        QCOMPARE(mails.size(), 1);
        const QJsonObject mail = mails.first().toObject();
        QCOMPARE(mail.value(QStringLiteral("message_id")).toString(), wanted.id());
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("Phish report"));
        QCOMPARE(mail.value(QStringLiteral("attachments")).toArray().first().toString(), QStringLiteral("evil.eml"));
        const QString mailId = mail.value(QStringLiteral("cloud_soar_mail_id")).toString();
        QVERIFY(!mailId.isEmpty());

        const Outcome second = run(config, {QStringLiteral("once"), QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(jsonArray(second.out).size(), 0);

        const Outcome listed = run(
            config, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("phish")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(jsonArray(listed.out).size(), 1);
        const Outcome shown = run(config, {QStringLiteral("show"), mailId, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject full = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(full.value(QStringLiteral("cloud_soar_mail_id")).toString(), mailId);
        QVERIFY(!full.value(QStringLiteral("attachments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString()
                     .isEmpty());
    }

    void testActionIsADryRun()
    {
        const QString folder = QStringLiteral("DaemonTestAction");
        QVERIFY(alice().resetFolder(folder));
        QVERIFY(alice().append(folder, TestMail().subject(QStringLiteral("dry")).raw()));
        const QString config = writeSettings(folder, {});
        const Outcome dry = run(config, {QStringLiteral("test-action"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonArray mails = jsonArray(dry.out);
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().toObject().value(QStringLiteral("cloud_soar_mail_id")).isNull());
        QCOMPARE(alice().search(folder, "UNSEEN").size(), 1);
        QCOMPARE(
            jsonArray(run(config, {QStringLiteral("--resource"), folder, QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            0);
    }

    void testSettingsPasses()
    {
        const QString folder = QStringLiteral("DaemonSettingsOk");
        QVERIFY(alice().resetFolder(folder));
        const Outcome ok = run(writeSettings(folder, {}), {QStringLiteral("test-settings"), QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        const QJsonObject result = jsonArray(ok.out).first().toObject();
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QStringList steps;
        for (const QJsonValue &s : result.value(QStringLiteral("steps")).toArray())
            steps << s.toObject().value(QStringLiteral("step")).toString();
        QCOMPARE(steps,
            (QStringList {QStringLiteral("password"), QStringLiteral("dns"), QStringLiteral("connect"), QStringLiteral("tls"),
                QStringLiteral("login"), QStringLiteral("folder"), QStringLiteral("filters")}));
    }

    void testSettingsNamesTheFailingStep_data()
    {
        QTest::addColumn<QJsonObject>("imap");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << QJsonObject {} << QByteArray("Wr0ng-Passw0rd!") << QStringLiteral("login")
                                        << QStringLiteral("Authentication failed");
        QTest::newRow("wrong CA") << QJsonObject {{QStringLiteral("caFile"), RigEnvironment::wrongCaFile()}}
                                  << QByteArray("alice-secret") << QStringLiteral("tls") << QStringLiteral("certificate");
        QTest::newRow("unknown folder") << QJsonObject {{QStringLiteral("folder"), QStringLiteral("NoSuchFolder")}}
                                        << QByteArray("alice-secret") << QStringLiteral("folder")
                                        << QStringLiteral("NoSuchFolder");
        QTest::newRow("unreachable port") << QJsonObject {{QStringLiteral("port"), 1}} << QByteArray("alice-secret")
                                          << QStringLiteral("connect") << QStringLiteral("127.0.0.1:1");
        QTest::newRow("starttls not offered")
            << QJsonObject {{QStringLiteral("port"), RigEnvironment::noStartTlsPort()},
                   {QStringLiteral("security"), QStringLiteral("starttls")}}
            << QByteArray("alice-secret") << QStringLiteral("tls") << QStringLiteral("STARTTLS");
    }

    void testSettingsNamesTheFailingStep()
    {
        QFETCH(QJsonObject, imap);
        QFETCH(QByteArray, password);
        QFETCH(QString, step);
        QFETCH(QString, message);
        const QString name
            = QStringLiteral("DaemonSettings") + QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '));
        if (!imap.contains(QStringLiteral("folder")))
            imap.insert(QStringLiteral("folder"), QStringLiteral("INBOX"));
        const Outcome failed
            = run(writeSettings(name, imap), {QStringLiteral("test-settings"), QStringLiteral("--json")}, password);
        QCOMPARE(failed.exitCode, 1);
        const QJsonObject failing = failedStep(failed.out);
        QCOMPARE(failing.value(QStringLiteral("step")).toString(), step);
        QVERIFY2(failing.value(QStringLiteral("message")).toString().contains(message, Qt::CaseInsensitive),
            qPrintable(failing.value(QStringLiteral("message")).toString()));
        QVERIFY(!failed.out.contains(password));
        QVERIFY(!failed.err.contains(password));
    }

    void settingsFromTheEnvironment()
    {
        const QString folder = QStringLiteral("DaemonFromEnv");
        QVERIFY(alice().resetFolder(folder));
        QVERIFY(alice().append(folder, TestMail().from(QStringLiteral("a@sumologic.com")).raw()));
        QVERIFY(alice().append(folder, TestMail().from(QStringLiteral("b@other.org")).raw()));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_IMAP_HOST"), RigEnvironment::host());
        env.insert(QStringLiteral("SOAR_IMAP_PORT"), QString::number(RigEnvironment::imapsPort()));
        env.insert(QStringLiteral("SOAR_IMAP_USERNAME"), RigEnvironment::kAlice);
        env.insert(QStringLiteral("SOAR_IMAP_CA_FILE"), RigEnvironment::caFile());
        env.insert(QStringLiteral("SOAR_IMAP_FOLDER"), folder);
        env.insert(QStringLiteral("SOAR_IMAP_FILTER_FROM"), QStringLiteral("sumologic.com"));
        env.insert(QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("env-data")), QStringLiteral("once"),
                QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray mails = jsonArray(p.readAllStandardOutput());
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().toObject().value(QStringLiteral("from")).toString(), QStringLiteral("a@sumologic.com"));
    }

    void badConfigurationExitsTwoNamingTheKey()
    {
        const QString config = writeSettings(QStringLiteral("DaemonBadConfig"), {{QStringLiteral("port"), 99999}});
        const Outcome bad = run(config, {QStringLiteral("once")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("DaemonBadConfig: imap.port: 99999 is not a port (1-65535)"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSoarImapd)
#include "tst_soarimapd.moc"
