// imap.auth "oauth2" with imap.oauth: the JSON keys, round trip, strict reading and the
// validator's messages.
#include "settings/SettingsFile.h"
#include "settings/SettingsValidator.h"

#include <QTest>

#include <functional>

using namespace soar::settings;

Q_DECLARE_METATYPE(ResourceSettings)

class TestOAuthSettings : public QObject {
    Q_OBJECT
private:
    static ResourceSettings microsoft()
    {
        ResourceSettings r;
        r.name = QStringLiteral("m365");
        r.imap.host = QStringLiteral("outlook.office365.com");
        r.imap.auth = ImapAuth::OAuth2;
        r.imap.oauth.clientId = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-123456789abc");
        return r;
    }

    static QString joined(const ResourceSettings &r)
    {
        QStringList out;
        for (const SettingsIssue &issue : SettingsValidator::validate(r))
            out << issue.toString();
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void interactiveMicrosoftNeedsNoUsername() { QCOMPARE(joined(microsoft()), QString()); }

    void roundTrip()
    {
        AppSettings settings;
        ResourceSettings r = microsoft();
        r.imap.oauth.flow = OAuthFlow::ClientCredentials;
        r.imap.oauth.mechanism = OAuthMechanism::OAuthBearer;
        r.imap.oauth.tenant = QStringLiteral("contoso.onmicrosoft.com");
        r.imap.mailboxAccount = QStringLiteral("soc@contoso.com");
        settings.resources << r;
        const QByteArray json = SettingsFile::toJson(settings);
        QVERIFY(json.contains("\"auth\": \"oauth2\""));
        QVERIFY(json.contains("\"flow\": \"clientCredentials\""));
        QVERIFY(json.contains("\"mechanism\": \"oauthbearer\""));
        QVERIFY(!json.contains("authUrl")); // empty overrides are left out
        const auto loaded = SettingsFile::fromJson(json);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value(), settings);
    }

    void serviceAccountRoundTripNeedsNoClientId()
    {
        AppSettings settings;
        ResourceSettings r = microsoft();
        r.imap.oauth.provider = OAuthProvider::Google;
        r.imap.oauth.flow = OAuthFlow::ServiceAccount;
        r.imap.oauth.clientId.clear();
        r.imap.oauth.keyFile = QStringLiteral("/etc/soar-imap/service-account.json");
        r.imap.mailboxAccount = QStringLiteral("phishing@example.com");
        QCOMPARE(joined(r), QString());
        settings.resources << r;
        const QByteArray json = SettingsFile::toJson(settings);
        QVERIFY(json.contains("\"flow\": \"serviceAccount\""));
        QVERIFY(json.contains("\"keyFile\": \"/etc/soar-imap/service-account.json\""));
        const auto loaded = SettingsFile::fromJson(json);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value(), settings);
    }

    void readerErrors_data()
    {
        QTest::addColumn<QByteArray>("imap");
        QTest::addColumn<QString>("expected");
        QTest::newRow("client secret in the file")
            << QByteArray("\"auth\": \"oauth2\", \"oauth\": {\"clientId\": \"x\", \"clientSecret\": \"s\"}")
            << QStringLiteral("imap.oauth.clientSecret: secrets do not belong in the settings file");
        QTest::newRow("unknown key") << QByteArray("\"auth\": \"oauth2\", \"oauth\": {\"clientID\": \"x\"}")
                                     << QStringLiteral("imap.oauth.clientID: unknown key (known keys here: provider, flow");
        QTest::newRow("bad flow") << QByteArray("\"auth\": \"oauth2\", \"oauth\": {\"clientId\": \"x\", \"flow\": \"device\"}")
                                  << QStringLiteral("imap.oauth.flow: 'device' is not one of interactive, clientCredentials");
        QTest::newRow("bad provider") << QByteArray("\"auth\": \"oauth2\", \"oauth\": {\"provider\": \"okta\"}")
                                      << QStringLiteral("imap.oauth.provider: 'okta' is not one of microsoft, google, custom");
        QTest::newRow("oauth without oauth2") << QByteArray("\"auth\": \"plain\", \"oauth\": {\"clientId\": \"x\"}")
                                              << QStringLiteral("imap.oauth: only applies when imap.auth is \"oauth2\"");
        QTest::newRow("not an object") << QByteArray("\"auth\": \"oauth2\", \"oauth\": \"microsoft\"")
                                       << QStringLiteral("imap.oauth: expected an object, found text");
    }

    void readerErrors()
    {
        QFETCH(QByteArray, imap);
        QFETCH(QString, expected);
        const QByteArray json = "{\"resources\": [{\"name\": \"r\", \"imap\": {\"host\": \"h\", " + imap + "}}]}";
        const auto loaded = SettingsFile::fromJson(json);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    }

    void validation_data()
    {
        QTest::addColumn<ResourceSettings>("resource");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const std::function<void(ResourceSettings &)> &change, const char *expected) {
            ResourceSettings r = microsoft();
            change(r);
            QTest::newRow(name) << r << QString::fromUtf8(expected);
        };
        row(
            "no client id", [](auto &r) { r.imap.oauth.clientId.clear(); },
            "m365: imap.oauth.clientId: the application (client) id is missing");
        row(
            "app-only with generic tenant",
            [](auto &r) {
                r.imap.oauth.flow = OAuthFlow::ClientCredentials;
                r.imap.mailboxAccount = QStringLiteral("soc@contoso.com");
            },
            "imap.oauth.tenant: app-only access needs your directory (tenant) id");
        row(
            "app-only without mailbox",
            [](auto &r) {
                r.imap.oauth.flow = OAuthFlow::ClientCredentials;
                r.imap.oauth.tenant = QStringLiteral("contoso.onmicrosoft.com");
            },
            "imap.mailboxAccount: app-only access needs the mailbox to open");
        row(
            "app-only with delegated scope",
            [](auto &r) {
                r.imap.oauth.flow = OAuthFlow::ClientCredentials;
                r.imap.oauth.tenant = QStringLiteral("contoso.onmicrosoft.com");
                r.imap.mailboxAccount = QStringLiteral("soc@contoso.com");
                r.imap.oauth.scopes = QStringLiteral("https://outlook.office365.com/IMAP.AccessAsUser.All");
            },
            "imap.oauth.scopes: app-only access takes exactly one scope, https://outlook.office365.com/.default");
        row(
            "delegated without offline_access",
            [](auto &r) { r.imap.oauth.scopes = QStringLiteral("https://outlook.office365.com/IMAP.AccessAsUser.All"); },
            "imap.oauth.scopes: add offline_access");
        row(
            "gmail app-only",
            [](auto &r) {
                r.imap.oauth.provider = OAuthProvider::Google;
                r.imap.oauth.flow = OAuthFlow::ClientCredentials;
                r.imap.mailboxAccount = QStringLiteral("soc@example.com");
            },
            "imap.oauth.flow: Gmail has no app-only (client credentials) access over IMAP");
        row(
            "custom without endpoints", [](auto &r) { r.imap.oauth.provider = OAuthProvider::Custom; },
            "imap.oauth.tokenUrl: a custom provider needs its token endpoint");
        row(
            "http token url", [](auto &r) { r.imap.oauth.tokenUrl = QStringLiteral("http://idp.example.com/token"); },
            "imap.oauth.tokenUrl: 'http://idp.example.com/token' is not an https:// address");
        row(
            "service account without key file",
            [](auto &r) {
                r.imap.oauth.provider = OAuthProvider::Google;
                r.imap.oauth.flow = OAuthFlow::ServiceAccount;
                r.imap.mailboxAccount = QStringLiteral("soc@example.com");
            },
            "imap.oauth.keyFile: a service account needs its JSON key file");
        row(
            "service account without mailbox",
            [](auto &r) {
                r.imap.oauth.provider = OAuthProvider::Google;
                r.imap.oauth.flow = OAuthFlow::ServiceAccount;
                r.imap.oauth.keyFile = QStringLiteral("/etc/soar-imap/sa.json");
            },
            "imap.mailboxAccount: a service account needs the mailbox it acts for");
        row(
            "service account for Microsoft",
            [](auto &r) {
                r.imap.oauth.flow = OAuthFlow::ServiceAccount;
                r.imap.oauth.keyFile = QStringLiteral("/etc/soar-imap/sa.json");
                r.imap.mailboxAccount = QStringLiteral("soc@contoso.com");
            },
            "imap.oauth.flow: a service account is Google Workspace's unattended access");
        row(
            "key file without service account", [](auto &r) { r.imap.oauth.keyFile = QStringLiteral("/etc/soar-imap/sa.json"); },
            "imap.oauth.keyFile: only a service account (flow \"serviceAccount\") uses a key file");
        row(
            "tenant for google",
            [](auto &r) {
                r.imap.oauth.provider = OAuthProvider::Google;
                r.imap.oauth.tenant = QStringLiteral("contoso");
            },
            "imap.oauth.tenant: only Microsoft 365 uses a tenant");
    }

    void validation()
    {
        QFETCH(ResourceSettings, resource);
        QFETCH(QString, expected);
        const QString issues = joined(resource);
        QVERIFY2(issues.contains(expected), qPrintable(issues));
    }

    void loopbackHttpIsAcceptedForTests()
    {
        ResourceSettings r = microsoft();
        r.imap.oauth.provider = OAuthProvider::Custom;
        r.imap.oauth.authUrl = QStringLiteral("http://127.0.0.1:8080/authorize");
        r.imap.oauth.tokenUrl = QStringLiteral("http://127.0.0.1:8080/token");
        r.imap.oauth.scopes = QStringLiteral("imap");
        QCOMPARE(joined(r), QString());
    }
};

QTEST_GUILESS_MAIN(TestOAuthSettings)
#include "tst_oauthsettings.moc"
