#include "settings/SettingsFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soar::settings;

class TestSettingsFile : public QObject {
    Q_OBJECT
private:
    static ResourceSettings fullResource()
    {
        ResourceSettings r;
        r.name = QStringLiteral("soc-inbox");
        r.imap.host = QStringLiteral("imap.example.com");
        r.imap.port = 143;
        r.imap.security = ImapSecurity::StartTls;
        r.imap.username = QStringLiteral("analyst");
        r.imap.mailboxAccount = QStringLiteral("soc@example.com");
        r.imap.folder = QStringLiteral("Phishing/Reported");
        r.imap.auth = ImapAuth::Plain;
        r.imap.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
        r.imap.trustedFingerprint = QString(64, QLatin1Char('a'));
        r.imap.passwordCommand = QStringLiteral("pass show soc");
        r.soar.url = QStringLiteral("https://api.sumologic.com/api/csoar/v3/");
        r.soar.auth = SoarAuth::AccessKey;
        r.soar.accessId = QStringLiteral("su1234");
        r.soar.secretCommand = QStringLiteral("cat /run/secrets/soar");
        r.soar.caFile = QStringLiteral("/etc/ssl/soar-ca.pem");
        r.soar.trustedFingerprint = QString(64, QLatin1Char('b'));
        r.soar.incidentTemplateId = 12;
        r.soar.mailIdField = QStringLiteral("Mail ID");
        r.soar.incidentMapping = {{QStringLiteral("cloud_soar_mail_id"), QStringLiteral("Mail ID")},
            {QStringLiteral("from"), QStringLiteral("Reporter")}};
        r.fetch.type = FetchType::Latest;
        r.fetch.markSeen = false;
        r.fetch.pollSeconds = 120;
        r.fetch.idle = false;
        r.filters.from = QStringLiteral("sumologic.com, sales@x.com");
        r.filters.to = QStringLiteral("soc@example.com");
        r.filters.subject = QStringLiteral("\"Re: a, b\"");
        r.filters.textBody = QStringLiteral("invoice");
        r.filters.header = QStringLiteral("Outlook");
        r.filters.headerField = QStringLiteral("X-Mailer");
        r.filters.notFrom = QStringLiteral("noreply@example.com");
        r.filters.notTo = QStringLiteral("list@example.com");
        r.filters.notSubject = QStringLiteral("newsletter");
        r.filters.notTextBody = QStringLiteral("unsubscribe");
        r.filters.notHeader = QStringLiteral("bulk");
        r.filters.notHeaderField = QStringLiteral("Precedence");
        return r;
    }

private slots:
    void roundTripKeepsEveryField()
    {
        AppSettings settings;
        settings.resources << fullResource();
        ResourceSettings second;
        second.name = QStringLiteral("second");
        second.imap.host = QStringLiteral("127.0.0.1");
        second.imap.username = QStringLiteral("bob");
        settings.resources << second;

        const auto parsed = SettingsFile::fromJson(SettingsFile::toJson(settings));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().resources.size(), 2);
        QVERIFY(parsed.value().resources.at(0) == settings.resources.at(0));
        QVERIFY(parsed.value() == settings);
    }

    void documentedExampleParses()
    {
        const QByteArray json = R"({"resources": [{"name": "soc-inbox",
          "imap": {"host": "imap.example.com", "port": 993, "security": "tls", "username": "analyst",
                   "mailboxAccount": "", "folder": "INBOX", "auth": "auto", "caFile": "", "trustedFingerprint": "",
                   "passwordCommand": ""},
          "soar": {"url": "", "auth": "jwt", "accessId": "", "secretCommand": ""},
          "fetch": {"type": "unseen", "markSeen": true, "pollSeconds": 60, "idle": true},
          "filters": {"from": "sumologic.com", "to": "", "subject": "", "textBody": "", "header": "",
                      "headerField": "", "notFrom": "", "notTo": "", "notSubject": "", "notTextBody": "",
                      "notHeader": "", "notHeaderField": ""}}]})";
        const auto parsed = SettingsFile::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        const ResourceSettings &r = parsed.value().resources.first();
        QCOMPARE(r.imap.security, ImapSecurity::Tls);
        QCOMPARE(r.filters.from, QStringLiteral("sumologic.com"));
        QCOMPARE(r.fetch.pollSeconds, 60);
    }

    void defaultsFollowSecurity()
    {
        const auto parsed
            = SettingsFile::fromJson(R"({"resources":[{"name":"a","imap":{"host":"h","security":"starttls","username":"u"}}]})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().resources.first().imap.port, 143);
        QCOMPARE(parsed.value().resources.first().imap.folder, QStringLiteral("INBOX"));
        QCOMPARE(parsed.value().resources.first().fetch.type, FetchType::Unseen);
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"resources\": [\n  {\"name\": }\n]}")
                                  << QStringLiteral("not valid JSON at line 2, column");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("must hold a JSON object");
        QTest::newRow("unknown key") << QByteArray(R"({"resources":[{"name":"a","imap":{"hots":"x"}}]})")
                                     << QStringLiteral("a: imap.hots: unknown key (known keys here: host, port");
        QTest::newRow("wrong type") << QByteArray(R"({"resources":[{"name":"a","imap":{"port":"993"}}]})")
                                    << QStringLiteral("a: imap.port: expected a whole number, found text");
        QTest::newRow("fraction") << QByteArray(R"({"resources":[{"name":"a","imap":{"port":99.5}}]})")
                                  << QStringLiteral("a: imap.port: expected a whole number");
        QTest::newRow("bad enum") << QByteArray(R"({"resources":[{"name":"a","imap":{"security":"ssl"}}]})")
                                  << QStringLiteral("a: imap.security: 'ssl' is not one of tls, starttls, none");
        QTest::newRow("password in file") << QByteArray(R"({"resources":[{"name":"a","imap":{"password":"hunter2"}}]})")
                                          << QStringLiteral("a: imap.password: secrets do not belong in the settings file");
        QTest::newRow("token in file") << QByteArray(R"({"resources":[{"name":"a","soar":{"token":"eyJ"}}]})")
                                       << QStringLiteral("a: soar.token: secrets do not belong in the settings file");
        QTest::newRow("unnamed resource") << QByteArray(R"({"resources":[{"imap":{"port":true}}]})")
                                          << QStringLiteral("resources[0]: imap.port: expected a whole number, found true/false");
        QTest::newRow("resources not list") << QByteArray(R"({"resources":{}})")
                                            << QStringLiteral("resources: expected a list of resources, found an object");
        QTest::newRow("bool expected") << QByteArray(R"({"resources":[{"name":"a","fetch":{"markSeen":"yes"}}]})")
                                       << QStringLiteral("a: fetch.markSeen: expected true or false, found text");
        QTest::newRow("mapping not a list") << QByteArray(R"({"resources":[{"name":"a","soar":{"incidentMapping":{}}}]})")
                                            << QStringLiteral("a: soar.incidentMapping: expected a list of");
        QTest::newRow("mapping row key") << QByteArray(
            R"({"resources":[{"name":"a","soar":{"incidentMapping":[{"source":"subject","feild":"x"}]}}]})")
                                         << QStringLiteral(
                                                "a: soar.incidentMapping[0].feild: unknown key (known keys here: source, field)");
        QTest::newRow("unknown filter") << QByteArray(R"({"resources":[{"name":"a","filters":{"fromm":"x"}}]})")
                                        << QStringLiteral("a: filters.fromm: unknown key");
    }

    void errorsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto parsed = SettingsFile::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(QLatin1String("hunter2")));
    }

    void allProblemsAreReportedAtOnce()
    {
        const auto parsed
            = SettingsFile::fromJson(R"({"resources":[{"name":"a","imap":{"port":"x","security":"ssl"},"bogus":1}]})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message.count(QLatin1Char('\n')), 2);
    }

    void missingFileIsFirstRun()
    {
        QTemporaryDir dir;
        const auto loaded = SettingsFile::load(dir.filePath(QStringLiteral("nope/settings.json")));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().resources.isEmpty());
    }

    void saveIsPrivateAndReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conf/settings.json"));
        AppSettings settings;
        settings.resources << fullResource();
        const auto saved = SettingsFile::save(path, settings);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup),
            QFileDevice::Permissions());
        const auto loaded = SettingsFile::load(path);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value() == settings);
    }

    void loadErrorNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{oops");
        file.close();
        const auto loaded = SettingsFile::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.startsWith(path + QStringLiteral(": ")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
