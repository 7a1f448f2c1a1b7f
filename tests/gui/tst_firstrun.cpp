// The first-run setup: shown while there is no resource, presets fill the server, finishing
// saves the resource like the form (settings file + keychain) and starts Test Saved Settings.
// Microsoft 365 and Google lead with OAuth: the sign-in runs against the local authorization
// server (the test plays the browser) and the resource it leaves logs in at a Dovecot that
// validates the tokens by introspection.
#include "FirstRunPage.h"
#include "GuiHelpers.h"
#include "OAuthDovecot.h"
#include "OAuthTestServer.h"
#include "ResourceActions.h"
#include "ResourceForm.h"
#include "RigEnvironment.h"
#include "TestBrowser.h"
#include "WindowFixture.h"
#include "daemon/SettingsTester.h"
#include "oauth/GrantStore.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"

#include <QJsonDocument>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;
using settings::ImapSecurity;
using settings::SecretKeys;

class TestFirstRun : public QObject {
    Q_OBJECT
private slots:
    void shownWhileThereIsNoResource();
    void notShownWhenResourcesExist();
    void presetsFillTheServer_data();
    void presetsFillTheServer();
    void finishSavesResourceAndPasswordThenTests();
    void missingFieldsAreShownAndNothingIsSaved();
    void keychainFailureStillSavesTheSettings();
    void fullFormStartsADraft();
    void microsoftLeadsWithSignInAndSaysPasswordsDoNotWork();
    void googleAsksForTheDesktopClient();
    void signInWithMicrosoftEndsInAWorkingResource();
};

namespace {

// The page the Settings tab shows now: the first run, the form, or the empty state.
QWidget *settingsPage(QWidget *window)
{
    return window->findChild<QStackedWidget *>(QStringLiteral("settingsStack"))->currentWidget();
}

ui::FirstRunPage *page(ui::MainWindow *window)
{
    return find<ui::FirstRunPage>(window, QStringLiteral("firstRunPage"));
}

bool fillGmail(ui::FirstRunPage *p, const QString &name)
{
    return chooseData(p, QStringLiteral("firstRunPreset"), QStringLiteral("gmail"))
        && type(p, QStringLiteral("firstRunUsername"), QStringLiteral("soc@example.com"))
        && type(p, QStringLiteral("firstRunPassword"), QStringLiteral("app-password-1"))
        && type(p, QStringLiteral("firstRunName"), name);
}

} // namespace

void TestFirstRun::shownWhileThereIsNoResource()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(settingsPage(window), page(window));
    QVERIFY(page(window)->isVisible());
    // Nothing is flagged red before the analyst typed anything.
    QVERIFY(!find<QLabel>(page(window), QStringLiteral("error:imap.username"))->isVisible());
}

void TestFirstRun::notShownWhenResourcesExist()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    QCOMPARE(settingsPage(window), static_cast<QWidget *>(window->form()));
    QVERIFY(!page(window)->isVisible());
}

void TestFirstRun::presetsFillTheServer_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("hostEditable");
    QTest::newRow("Microsoft 365") << "microsoft365"
                                   << "outlook.office365.com" << 993 << false;
    QTest::newRow("Gmail") << "gmail"
                           << "imap.gmail.com" << 993 << false;
    QTest::newRow("Yahoo") << "yahoo"
                           << "imap.mail.yahoo.com" << 993 << false;
    QTest::newRow("custom") << "custom"
                            << "" << 993 << true;
}

void TestFirstRun::presetsFillTheServer()
{
    QFETCH(QString, preset);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, hostEditable);
    WindowFixture f;
    ui::FirstRunPage *p = page(f.open());
    QVERIFY(chooseData(
        p, QStringLiteral("firstRunPreset"), QStringLiteral("yahoo"))); // start from another preset than the one tested
    QVERIFY(chooseData(p, QStringLiteral("firstRunPreset"), preset));
    QCOMPARE(p->resource().imap.host, host);
    QCOMPARE(p->resource().imap.port, port);
    QCOMPARE(p->resource().imap.security, ImapSecurity::Tls);
    QCOMPARE(!find<QLineEdit>(p, QStringLiteral("firstRunHost"))->isReadOnly(), hostEditable);
    QVERIFY(!find<QLabel>(p, QStringLiteral("firstRunHint"))->text().isEmpty());
    // STARTTLS moves the default port along.
    QVERIFY(choose(p, QStringLiteral("firstRunSecurity"), 1));
    QCOMPARE(p->resource().imap.port, 143);
    QCOMPARE(p->resource().imap.security, ImapSecurity::StartTls);
}

void TestFirstRun::finishSavesResourceAndPasswordThenTests()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QSignalSpy saved(window->resourceActions(), &ui::ResourceActions::resourceSaved);
    QSignalSpy tested(window->resourceActions(), &ui::ResourceActions::testSavedSettingsRequested);
    ui::FirstRunPage *p = page(window);
    QVERIFY(fillGmail(p, QStringLiteral("soc-inbox")));
    QVERIFY(type(p, QStringLiteral("firstRunFolder"), QStringLiteral("Phishing")));
    QTest::mouseClick(find<QPushButton>(p, QStringLiteral("firstRunFinish")), Qt::LeftButton);

    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.first().first().toString(), QStringLiteral("soc-inbox"));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(f.secrets.entries.value(SecretKeys::imapPassword(QStringLiteral("soc-inbox"))), QStringLiteral("app-password-1"));
    const auto file = settings::SettingsFile::load(f.settingsPath());
    QVERIFY(file.ok());
    const settings::ResourceSettings *r = file.value().resource(QStringLiteral("soc-inbox"));
    QVERIFY(r);
    QCOMPARE(r->imap.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(r->imap.port, 993);
    QCOMPARE(r->imap.security, ImapSecurity::Tls);
    QCOMPARE(r->imap.username, QStringLiteral("soc@example.com"));
    QCOMPARE(r->imap.folder, QStringLiteral("Phishing"));
    QVERIFY(!f.fileContents().contains("app-password-1"));
    // From now on the resource is edited in the normal form.
    QCOMPARE(settingsPage(window), static_cast<QWidget *>(window->form()));
    QCOMPARE(window->form()->resourceName(), QStringLiteral("soc-inbox"));
    QTRY_COMPARE(f.secrets.readsInFlight, 0);
    QVERIFY(!window->form()->isDirty());
}

void TestFirstRun::missingFieldsAreShownAndNothingIsSaved()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QSignalSpy saved(window->resourceActions(), &ui::ResourceActions::resourceSaved);
    ui::FirstRunPage *p = page(window);
    QVERIFY(chooseData(p, QStringLiteral("firstRunPreset"), QStringLiteral("custom")));
    QTest::mouseClick(find<QPushButton>(p, QStringLiteral("firstRunFinish")), Qt::LeftButton);
    QVERIFY(find<QLabel>(p, QStringLiteral("error:imap.host"))->isVisible());
    QVERIFY(find<QLabel>(p, QStringLiteral("error:imap.username"))->isVisible());
    QCOMPARE(find<QLabel>(p, QStringLiteral("error:imap.password"))->text(), QStringLiteral("the password is missing"));
    // The settings file is written synchronously on save, so an empty file means no save began.
    QVERIFY(f.fileContents().isEmpty());
    QCOMPARE(saved.count(), 0);
    QVERIFY(f.secrets.entries.isEmpty());
}

void TestFirstRun::keychainFailureStillSavesTheSettings()
{
    WindowFixture f;
    f.secrets.failWrites = true;
    ui::MainWindow *window = f.open();
    QSignalSpy saved(window->resourceActions(), &ui::ResourceActions::resourceSaved);
    QVERIFY(fillGmail(page(window), QStringLiteral("soc-inbox")));
    QTest::mouseClick(find<QPushButton>(page(window), QStringLiteral("firstRunFinish")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(settings::SettingsFile::load(f.settingsPath()).value().resource(QStringLiteral("soc-inbox")));
    QCOMPARE(settingsPage(window), static_cast<QWidget *>(window->form()));
    auto *problem = find<QLabel>(window->form(), QStringLiteral("operationError"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("the keychain is locked")));
}

void TestFirstRun::fullFormStartsADraft()
{
    WindowFixture f;
    f.script.names = {QStringLiteral("abuse-desk")};
    ui::MainWindow *window = f.open();
    QTest::mouseClick(find<QPushButton>(page(window), QStringLiteral("firstRunFullForm")), Qt::LeftButton);
    QCOMPARE(settingsPage(window), static_cast<QWidget *>(window->form()));
    QVERIFY(window->form()->isDraft());
    QCOMPARE(window->form()->resourceName(), QStringLiteral("abuse-desk"));
}

void TestFirstRun::microsoftLeadsWithSignInAndSaysPasswordsDoNotWork()
{
    WindowFixture f;
    ui::FirstRunPage *p = page(f.open());
    // The default: the provider almost every SOC mailbox lives in.
    QCOMPARE(find<QComboBox>(p, QStringLiteral("firstRunPreset"))->currentData().toString(), QStringLiteral("microsoft365"));
    QVERIFY(find<QLabel>(p, QStringLiteral("firstRunHint"))->text().contains(QStringLiteral("does not accept passwords")));
    QVERIFY(!find<QLineEdit>(p, QStringLiteral("firstRunPassword"))->isVisible());
    QVERIFY(find<QLineEdit>(p, QStringLiteral("firstRunClientId"))->isVisible());
    QVERIFY(find<QLineEdit>(p, QStringLiteral("firstRunTenant"))->isVisible());
    QVERIFY(!find<QLineEdit>(p, QStringLiteral("firstRunClientSecret"))->isVisible());
    QVERIFY(!find<QPushButton>(p, QStringLiteral("firstRunFinish"))->isVisible());
    QCOMPARE(find<QPushButton>(p, QStringLiteral("oauthSignIn"))->text(), QStringLiteral("Sign in with &Microsoft"));
    // Nothing happened yet, so nothing is said above the button (no "Not signed in.").
    QVERIFY(!find<QLabel>(p, QStringLiteral("oauthStatus"))->isVisible());
    const QString where = find<QLabel>(p, QStringLiteral("firstRunAppHint"))->text();
    QVERIFY2(where.contains(QStringLiteral("oauth.md#microsoft-365-microsoft-entra-id")), qPrintable(where));
    // Signing in without the app registration names what is missing.
    QTest::mouseClick(find<QPushButton>(p, QStringLiteral("oauthSignIn")), Qt::LeftButton);
    QVERIFY(find<QLabel>(p, QStringLiteral("error:imap.oauth.clientId"))->isVisible());
    QVERIFY(find<QLabel>(p, QStringLiteral("error:imap.username"))->isVisible());
    // The app-password presets still ask for a password, and say which one.
    QVERIFY(chooseData(p, QStringLiteral("firstRunPreset"), QStringLiteral("gmail")));
    QVERIFY(find<QLineEdit>(p, QStringLiteral("firstRunPassword"))->isVisible());
    QVERIFY(find<QLabel>(p, QStringLiteral("firstRunHint"))->text().contains(QStringLiteral("app password")));
    QVERIFY(!find<QLineEdit>(p, QStringLiteral("firstRunClientId"))->isVisible());
    QVERIFY(find<QPushButton>(p, QStringLiteral("firstRunFinish"))->isVisible());
}

void TestFirstRun::googleAsksForTheDesktopClient()
{
    WindowFixture f;
    ui::FirstRunPage *p = page(f.open());
    QVERIFY(chooseData(p, QStringLiteral("firstRunPreset"), QStringLiteral("google")));
    QCOMPARE(find<QPushButton>(p, QStringLiteral("oauthSignIn"))->text(), QStringLiteral("Sign in with &Google"));
    QVERIFY(find<QLineEdit>(p, QStringLiteral("firstRunClientSecret"))->isVisible());
    QVERIFY(!find<QLineEdit>(p, QStringLiteral("firstRunTenant"))->isVisible());
    QVERIFY(find<QLabel>(p, QStringLiteral("firstRunAppHint"))->text().contains(QStringLiteral("oauth.md#gmail-google-cloud")));
    QVERIFY(type(p, QStringLiteral("firstRunUsername"), QStringLiteral("soc@example.com")));
    QVERIFY(type(p, QStringLiteral("firstRunClientId"), QStringLiteral("1234-abcd.apps.googleusercontent.com")));
    QCOMPARE(p->issues().size(), 1);
    QCOMPARE(p->issues().first().key, QStringLiteral("imap.oauth.clientSecret"));
    QVERIFY(type(p, QStringLiteral("firstRunClientSecret"), QStringLiteral("GOCSPX-desktop")));
    QVERIFY(p->issues().isEmpty());
    const settings::ResourceSettings r = p->resource();
    QCOMPARE(r.imap.auth, settings::ImapAuth::OAuth2);
    QCOMPARE(r.imap.oauth.provider, settings::OAuthProvider::Google);
    QCOMPARE(r.imap.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(p->secrets().oauthClientSecret, QStringLiteral("GOCSPX-desktop"));
    QVERIFY(p->secrets().imapPassword.isEmpty());
}

void TestFirstRun::signInWithMicrosoftEndsInAWorkingResource()
{
    SOAR_REQUIRE_RIG();
    soar::test::OAuthTestServer server;
    QVERIFY(server.listen());
    const QString client = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-123456789abc");
    server.setClient(client);
    server.setAccount(soar::test::RigEnvironment::kAlice);
    // Entra's sign-in host, as for a national cloud: here the local authorization server.
    qputenv("SOAR_IMAP_MICROSOFT_AUTHORITY", server.url(QString()).toEncoded());
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QSignalSpy tested(window->resourceActions(), &ui::ResourceActions::testSavedSettingsRequested);
    ui::FirstRunPage *p = page(window);
    soar::test::TestBrowser browser;
    const BrowserHandler desktop(&browser);
    QVERIFY(chooseData(p, QStringLiteral("firstRunPreset"), QStringLiteral("microsoft365")));
    QVERIFY(type(p, QStringLiteral("firstRunUsername"), soar::test::RigEnvironment::kAlice));
    QVERIFY(type(p, QStringLiteral("firstRunClientId"), client));
    QVERIFY(type(p, QStringLiteral("firstRunTenant"), QStringLiteral("contoso.onmicrosoft.com")));
    QVERIFY(type(p, QStringLiteral("firstRunName"), QStringLiteral("soc-m365")));
    QTest::mouseClick(find<QPushButton>(p, QStringLiteral("oauthSignIn")), Qt::LeftButton);

    // Signed in in the "browser": saved, kept in the keychain, and Test Saved Settings runs.
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    qunsetenv("SOAR_IMAP_MICROSOFT_AUTHORITY");
    QCOMPARE(tested.first().first().toString(), QStringLiteral("soc-m365"));
    QCOMPARE(browser.visits(), 1);
    QCOMPARE(server.lastTenant(), QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(server.lastAuthorizeQuery().queryItemValue(QStringLiteral("login_hint")), soar::test::RigEnvironment::kAlice);
    const auto file = settings::SettingsFile::load(f.settingsPath());
    QVERIFY(file.ok());
    const settings::ResourceSettings *saved = file.value().resource(QStringLiteral("soc-m365"));
    QVERIFY(saved);
    QCOMPARE(saved->imap.host, QStringLiteral("outlook.office365.com"));
    QCOMPARE(saved->imap.auth, settings::ImapAuth::OAuth2);
    QCOMPARE(saved->imap.oauth.provider, settings::OAuthProvider::Microsoft);
    QCOMPARE(saved->imap.oauth.clientId, client);
    QCOMPARE(saved->imap.oauth.tenant, QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(!f.secrets.entries.contains(SecretKeys::imapPassword(QStringLiteral("soc-m365"))));
    const auto grant
        = soar::oauth::GrantStore::deserialize(f.secrets.entries.value(SecretKeys::oauthGrant(QStringLiteral("soc-m365"))));
    QVERIFY(grant.ok());
    QCOMPARE(grant.value().account, soar::test::RigEnvironment::kAlice);
    QVERIFY(!f.fileContents().contains(grant.value().refreshToken.toUtf8()));
    QCOMPARE(settingsPage(window), static_cast<QWidget *>(window->form()));

    // The resource works: pointed at an IMAP server that validates this provider's tokens,
    // Test Saved Settings renews the token with the stored sign-in and logs in.
    soar::test::OAuthDovecot dovecot;
    QVERIFY2(dovecot.start(server.introspectionUrl()), qPrintable(dovecot.error()));
    settings::ResourceSettings local = *saved;
    local.imap.host = soar::test::RigEnvironment::host();
    local.imap.port = dovecot.port();
    local.imap.caFile = soar::test::RigEnvironment::caFile();
    qputenv("SOAR_IMAP_MICROSOFT_AUTHORITY", server.url(QString()).toEncoded());
    settings::SecretResolver resolver(&f.secrets);
    daemon::SettingsTester tester(local, &resolver);
    QSignalSpy finished(&tester, &daemon::SettingsTester::finished);
    tester.start();
    QVERIFY(finished.wait(30000));
    qunsetenv("SOAR_IMAP_MICROSOFT_AUTHORITY");
    QVERIFY2(finished.first().first().toBool(), QJsonDocument(tester.stepsJson()).toJson().constData());
    QCOMPARE(server.tokenRequests(QStringLiteral("refresh_token")), 1);
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
