#include "settings/SettingsValidator.h"

#include <QTest>

using namespace soar::settings;

Q_DECLARE_METATYPE(ResourceSettings)

class TestSettingsValidator : public QObject {
    Q_OBJECT
private:
    static ResourceSettings valid()
    {
        ResourceSettings r;
        r.name = QStringLiteral("soc-inbox");
        r.imap.host = QStringLiteral("imap.example.com");
        r.imap.username = QStringLiteral("analyst");
        return r;
    }

private slots:
    void validResourceHasNoIssues() { QVERIFY(SettingsValidator::validate(valid()).isEmpty()); }

    void issues_data()
    {
        QTest::addColumn<ResourceSettings>("resource");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const std::function<void(ResourceSettings &)> &change, const char *expected) {
            ResourceSettings r = valid();
            change(r);
            QTest::newRow(name) << r << QString::fromUtf8(expected);
        };
        row(
            "port too big", [](auto &r) { r.imap.port = 99999; }, "soc-inbox: imap.port: 99999 is not a port (1-65535)");
        row(
            "mapping row without field",
            [](auto &r) {
                r.soar.url = QStringLiteral("https://soar.example.com");
                r.soar.incidentTemplateId = 3;
                r.soar.incidentMapping = {{QStringLiteral("subject"), QString()}};
            },
            "soc-inbox: soar.incidentMapping[0].field: name the Cloud SOAR incident field, or remove the row");
        row(
            "mapping fills a field twice",
            [](auto &r) {
                r.soar.url = QStringLiteral("https://soar.example.com");
                r.soar.incidentTemplateId = 3;
                r.soar.incidentMapping = {{QStringLiteral("subject"), QStringLiteral("description")},
                    {QStringLiteral("summary"), QStringLiteral("description")}};
            },
            "soar.incidentMapping[1].field: \"description\" is filled by an earlier row already; keep one");
        row(
            "port zero", [](auto &r) { r.imap.port = 0; }, "imap.port: 0 is not a port");
        row(
            "no host", [](auto &r) { r.imap.host.clear(); }, "imap.host: the IMAP server is missing");
        row(
            "host with scheme", [](auto &r) { r.imap.host = QStringLiteral("imaps://mail.x"); },
            "imap.host: give the host name only, without 'imaps://'");
        row(
            "no username", [](auto &r) { r.imap.username.clear(); }, "imap.username: the username is missing");
        row(
            "bad mailbox account", [](auto &r) { r.imap.mailboxAccount = QStringLiteral("admin"); },
            "imap.mailboxAccount: 'admin' is not an e-mail address");
        row(
            "no folder", [](auto &r) { r.imap.folder = QStringLiteral(" "); }, "imap.folder: the folder is missing");
        row(
            "unreadable ca", [](auto &r) { r.imap.caFile = QStringLiteral("/nonexistent/ca.pem"); },
            "imap.caFile: cannot read /nonexistent/ca.pem");
        row(
            "bad fingerprint", [](auto &r) { r.imap.trustedFingerprint = QStringLiteral("abc"); },
            "imap.trustedFingerprint: expected the certificate's SHA-256");
        row(
            "plaintext flag with tls", [](auto &r) { r.imap.allowPlaintextPassword = true; },
            "imap.allowPlaintextPassword: only applies when security is none");
        row(
            "no name", [](auto &r) { r.name.clear(); }, "(unnamed resource): name: a resource needs a name");
        row(
            "bad name", [](auto &r) { r.name = QStringLiteral("a/b"); }, "name: 'a/b' may only use letters");
        row(
            "soar url not url", [](auto &r) { r.soar.url = QStringLiteral("soar dot com"); },
            "soar.url: 'soar dot com' is not a web address");
        row(
            "soar http", [](auto &r) { r.soar.url = QStringLiteral("http://soar.example.com"); }, "soar.url: use https://");
        row(
            "soar access id",
            [](auto &r) {
                r.soar.url = QStringLiteral("https://api.sumologic.com/api/csoar/v3/");
                r.soar.auth = SoarAuth::AccessKey;
            },
            "soar.accessId: the Access ID is missing");
        row(
            "soar fields without url", [](auto &r) { r.soar.accessId = QStringLiteral("x"); },
            "soar.url: the Cloud SOAR URL is missing");
        row(
            "poll too fast", [](auto &r) { r.fetch.pollSeconds = 1; }, "fetch.pollSeconds: 1 is out of range (10-86400 seconds)");
    }

    void issues()
    {
        QFETCH(ResourceSettings, resource);
        QFETCH(QString, expected);
        const QString all = SettingsIssue::joined(SettingsValidator::validate(resource));
        QVERIFY2(all.contains(expected), qPrintable(all));
        QCOMPARE(SettingsValidator::validate(resource).size(), 1);
    }

    // One rule for plain http:// (common::LoopbackHost), the same for the Cloud SOAR URL and the
    // OAuth endpoints, as docs/configuration.md states it.
    void plainHttpOnlyOnThisMachine_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("elsewhere in 127/8") << "127.8.9.10" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("::1") << "[::1]" << true;
        QTest::newRow("::1 written out") << "[0:0:0:0:0:0:0:1]" << true;
        QTest::newRow("private network") << "10.0.0.1" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("any address") << "0.0.0.0" << false;
        QTest::newRow("a name ending in localhost") << "evil-localhost" << false;
        QTest::newRow("localhost as a subdomain") << "localhost.example.com" << false;
        QTest::newRow("a remote name") << "soar.example.com" << false;
    }

    void plainHttpOnlyOnThisMachine()
    {
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        const QString base = QStringLiteral("http://%1:8080").arg(host);

        ResourceSettings soar = valid();
        soar.soar.url = base + QStringLiteral("/api/v3/");
        const auto soarIssues = SettingsValidator::validate(soar);
        QCOMPARE(soarIssues.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(soarIssues.size(), 1);
            QCOMPARE(soarIssues.first().key, QStringLiteral("soar.url"));
            QVERIFY(soarIssues.first().message.contains(QLatin1String("use https://")));
        }

        ResourceSettings oauth = valid();
        oauth.imap.auth = ImapAuth::OAuth2;
        oauth.imap.oauth.provider = OAuthProvider::Custom;
        oauth.imap.oauth.clientId = QStringLiteral("client");
        oauth.imap.oauth.scopes = QStringLiteral("imap");
        oauth.imap.oauth.authUrl = base + QStringLiteral("/authorize");
        oauth.imap.oauth.tokenUrl = base + QStringLiteral("/token");
        const auto oauthIssues = SettingsValidator::validate(oauth);
        QCOMPARE(oauthIssues.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(oauthIssues.size(), 2);
            for (const auto &issue : oauthIssues)
                QVERIFY2(issue.message.contains(QLatin1String("only accepted for localhost, 127.0.0.0/8 and ::1")),
                    qPrintable(issue.message));
        }
    }

    void duplicateNames()
    {
        AppSettings settings;
        settings.resources << valid() << valid();
        const auto issues = SettingsValidator::validate(settings);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QLatin1String("names must be unique")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsValidator)
#include "tst_settingsvalidator.moc"
