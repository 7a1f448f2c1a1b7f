// The OAuth 2.0 section of the resource form: presets, inline validation, and the interactive
// sign-in against the local authorization server with the test playing the browser.
#include "AppController.h"
#include "GuiHelpers.h"
#include "OAuthSection.h"
#include "OAuthSignInPanel.h"
#include "OAuthTestServer.h"
#include "ResourceForm.h"
#include "TestBrowser.h"
#include "Toast.h"
#include "TrayIcon.h"
#include "WindowFixture.h"
#include "daemon/DaemonPool.h"
#include "oauth/GrantStore.h"
#include "settings/SecretKeys.h"
#include "store/MailStore.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace soar;
using namespace soar::test::gui;
using settings::ImapAuth;
using settings::OAuthFlow;
using settings::OAuthProvider;
using settings::SecretKeys;
using soar::test::OAuthTestServer;
using soar::test::TestBrowser;

namespace {

const QString kClient = QStringLiteral("soar-imap-desktop");
const QString kAccount = QStringLiteral("analyst@example.test");
constexpr int kFlowTimeoutMs = 10000;

settings::ResourceSettings oauthResource(const QString &name, const OAuthTestServer &server)
{
    settings::ResourceSettings r = WindowFixture::validResource(name);
    r.imap.host = QStringLiteral("127.0.0.1");
    r.imap.port = 1; // nothing listens: these tests stop at the sign-in
    r.imap.auth = ImapAuth::OAuth2;
    r.imap.oauth.provider = OAuthProvider::Custom;
    r.imap.oauth.clientId = kClient;
    r.imap.oauth.scopes = QStringLiteral("imap offline_access");
    r.imap.oauth.authUrl = server.authorizeUrl().toString();
    r.imap.oauth.tokenUrl = server.tokenUrl().toString();
    return r;
}

ui::OAuthSignInPanel *signInPanel(ui::MainWindow *window)
{
    return window->form()->findChild<ui::OAuthSignInPanel *>();
}

// What the panel tells the user about the sign-in.
QString statusOf(ui::OAuthSignInPanel *panel)
{
    return find<QLabel>(panel, QStringLiteral("oauthStatus"))->text();
}

QPushButton *button(ui::MainWindow *window, const QString &name)
{
    return find<QPushButton>(window->form(), name); // the first-run page has its own sign-in
}

} // namespace

class TestOAuthSection : public QObject {
    Q_OBJECT
private slots:
    void choosingOAuthShowsSectionAndHidesPassword();
    void presetsFillEndpointsAndScopes_data();
    void presetsFillEndpointsAndScopes();
    void editedScopesSurviveAFlowChange();
    void validatorMessagesAppearInline_data();
    void validatorMessagesAppearInline();
    void clientSecretGoesToKeychainNotFile();
    void serviceAccountNeedsOnlyTheKeyFile();
    void signInStoresTheGrantInTheKeychainOnly();
    void signOutRemovesTheGrant();
    void cancelStopsTheFlow();
    void deniedSignInIsReported();
    void signInOffersToResumeAPausedResource();

private:
    ui::MainWindow *openWith(WindowFixture &fixture, const settings::ResourceSettings &resource)
    {
        if (!fixture.writeSettings({resource}))
            return nullptr;
        ui::MainWindow *window = fixture.open();
        if (!QTest::qWaitFor([&] { return fixture.secrets.readsInFlight == 0; }, 5000))
            return nullptr;
        return window;
    }

    OAuthTestServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setClient(kClient);
        m_server.setAccount(kAccount);
    }
};

void TestOAuthSection::choosingOAuthShowsSectionAndHidesPassword()
{
    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, WindowFixture::validResource(QStringLiteral("mailbox")));
    QVERIFY(window);
    auto *section = window->findChild<ui::OAuthSection *>();
    QVERIFY(section);
    QVERIFY(!section->isVisible());
    QVERIFY(find<QLineEdit>(window, QStringLiteral("imapPassword"))->isVisible());

    QVERIFY(chooseData(window, QStringLiteral("imapAuth"), int(ImapAuth::OAuth2)));
    QVERIFY(section->isVisible());
    QVERIFY(!find<QLineEdit>(window, QStringLiteral("imapPassword"))->isVisible());
    QVERIFY(!find<QLineEdit>(window, QStringLiteral("imapPasswordCommand"))->isVisible());
    QVERIFY(button(window, QStringLiteral("oauthSignIn"))->isVisible());
    QCOMPARE(window->form()->current().imap.auth, ImapAuth::OAuth2);

    QVERIFY(chooseData(window, QStringLiteral("imapAuth"), int(ImapAuth::Login)));
    QVERIFY(!section->isVisible());
    QVERIFY(find<QLineEdit>(window, QStringLiteral("imapPassword"))->isVisible());
}

void TestOAuthSection::presetsFillEndpointsAndScopes_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<int>("flow");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<bool>("editableUrls");

    const QString ms = QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/%2");
    QTest::newRow("Microsoft 365") << int(OAuthProvider::Microsoft) << int(OAuthFlow::Interactive) << QString()
                                   << QStringLiteral("https://outlook.office365.com/IMAP.AccessAsUser.All offline_access "
                                                     "openid email")
                                   << ms.arg(QStringLiteral("organizations"), QStringLiteral("authorize"))
                                   << ms.arg(QStringLiteral("organizations"), QStringLiteral("token")) << false;
    QTest::newRow("Microsoft 365 app-only") << int(OAuthProvider::Microsoft) << int(OAuthFlow::ClientCredentials)
                                            << QStringLiteral("contoso.onmicrosoft.com")
                                            << QStringLiteral("https://outlook.office365.com/.default")
                                            << ms.arg(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("authorize"))
                                            << ms.arg(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("token"))
                                            << false;
    QTest::newRow("Google") << int(OAuthProvider::Google) << int(OAuthFlow::Interactive) << QString()
                            << QStringLiteral("https://mail.google.com/ openid email")
                            << QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")
                            << QStringLiteral("https://oauth2.googleapis.com/token") << false;
    QTest::newRow("custom") << int(OAuthProvider::Custom) << int(OAuthFlow::Interactive) << QString() << QString() << QString()
                            << QString() << true;
}

void TestOAuthSection::presetsFillEndpointsAndScopes()
{
    QFETCH(int, provider);
    QFETCH(int, flow);
    QFETCH(QString, tenant);
    QFETCH(QString, scopes);
    QFETCH(QString, authUrl);
    QFETCH(QString, tokenUrl);
    QFETCH(bool, editableUrls);

    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, WindowFixture::validResource(QStringLiteral("mailbox")));
    QVERIFY(window);
    QVERIFY(chooseData(window, QStringLiteral("imapAuth"), int(ImapAuth::OAuth2)));
    // Start from another preset so that the choice below really changes something.
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"),
        int(provider == int(OAuthProvider::Google) ? OAuthProvider::Custom : OAuthProvider::Google)));
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"), provider));
    QVERIFY(chooseData(window, QStringLiteral("oauthFlow"), flow));
    if (!tenant.isEmpty())
        QVERIFY(type(window, QStringLiteral("oauthTenant"), tenant));

    QCOMPARE(text(window, QStringLiteral("oauthScopes")), scopes);
    QCOMPARE(text(window, QStringLiteral("oauthAuthUrl")), authUrl);
    QCOMPARE(text(window, QStringLiteral("oauthTokenUrl")), tokenUrl);
    QCOMPARE(find<QLineEdit>(window, QStringLiteral("oauthTokenUrl"))->isReadOnly(), !editableUrls);
    QCOMPARE(find<QLineEdit>(window, QStringLiteral("oauthTenant"))->isVisible(), provider == int(OAuthProvider::Microsoft));
    const bool appOnly = flow == int(OAuthFlow::ClientCredentials);
    QCOMPARE(button(window, QStringLiteral("oauthSignIn"))->isVisible(), !appOnly);
    QCOMPARE(find<QLabel>(window, QStringLiteral("oauthAppOnlyHint"))->isVisible(), appOnly);

    // What the presets fill in is shown, not stored: the file keeps following the preset.
    const settings::OAuthSettings stored = window->form()->current().imap.oauth;
    QCOMPARE(int(stored.provider), provider);
    QCOMPARE(int(stored.flow), flow);
    QCOMPARE(stored.tenant, tenant);
    QVERIFY(stored.scopes.isEmpty());
    QVERIFY(stored.authUrl.isEmpty());
    QVERIFY(stored.tokenUrl.isEmpty());
}

void TestOAuthSection::editedScopesSurviveAFlowChange()
{
    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, oauthResource(QStringLiteral("custom"), m_server));
    QVERIFY(window);
    QCOMPARE(text(window, QStringLiteral("oauthScopes")), QStringLiteral("imap offline_access"));
    QCOMPARE(text(window, QStringLiteral("oauthAuthUrl")), m_server.authorizeUrl().toString());
    QVERIFY(!window->form()->isDirty());

    QVERIFY(chooseData(window, QStringLiteral("oauthFlow"), int(OAuthFlow::ClientCredentials)));
    QCOMPARE(text(window, QStringLiteral("oauthScopes")), QStringLiteral("imap offline_access"));
    // A preset and back: the custom endpoints come back as they were.
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"), int(OAuthProvider::Microsoft)));
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"), int(OAuthProvider::Custom)));
    QCOMPARE(text(window, QStringLiteral("oauthTokenUrl")), m_server.tokenUrl().toString());
    QCOMPARE(window->form()->current().imap.oauth.scopes, QStringLiteral("imap offline_access"));
}

void TestOAuthSection::validatorMessagesAppearInline_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<int>("flow");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("scopes"); // empty: keep the preset's
    QTest::addColumn<QString>("tokenUrl"); // custom only
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fragment");

    const int ms = int(OAuthProvider::Microsoft);
    const int custom = int(OAuthProvider::Custom);
    const int interactive = int(OAuthFlow::Interactive);
    QTest::newRow("client id missing") << ms << interactive << QString() << QString() << QString() << QString()
                                       << QStringLiteral("imap.oauth.clientId") << QStringLiteral("client) id is missing");
    QTest::newRow("app-only needs a tenant")
        << ms << int(OAuthFlow::ClientCredentials) << QString() << QStringLiteral("app-id") << QString() << QString()
        << QStringLiteral("imap.oauth.tenant") << QStringLiteral("directory (tenant) id");
    QTest::newRow("no offline_access") << ms << interactive << QString() << QStringLiteral("app-id")
                                       << QStringLiteral("https://outlook.office365.com/IMAP.AccessAsUser.All") << QString()
                                       << QStringLiteral("imap.oauth.scopes") << QStringLiteral("offline_access");
    QTest::newRow("custom without token URL")
        << custom << interactive << QString() << QStringLiteral("app-id") << QStringLiteral("imap") << QString()
        << QStringLiteral("imap.oauth.tokenUrl") << QStringLiteral("needs its token endpoint");
    QTest::newRow("plain http token URL") << custom << interactive << QString() << QStringLiteral("app-id")
                                          << QStringLiteral("imap") << QStringLiteral("http://idp.example.com/token")
                                          << QStringLiteral("imap.oauth.tokenUrl") << QStringLiteral("not an https:// address");
}

void TestOAuthSection::validatorMessagesAppearInline()
{
    QFETCH(int, provider);
    QFETCH(int, flow);
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QString, scopes);
    QFETCH(QString, tokenUrl);
    QFETCH(QString, key);
    QFETCH(QString, fragment);

    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, WindowFixture::validResource(QStringLiteral("mailbox")));
    QVERIFY(window);
    QVERIFY(chooseData(window, QStringLiteral("imapAuth"), int(ImapAuth::OAuth2)));
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"), provider));
    QVERIFY(chooseData(window, QStringLiteral("oauthFlow"), flow));
    if (!tenant.isEmpty())
        QVERIFY(type(window, QStringLiteral("oauthTenant"), tenant));
    if (!clientId.isEmpty())
        QVERIFY(type(window, QStringLiteral("oauthClientId"), clientId));
    if (!scopes.isEmpty())
        QVERIFY(type(window, QStringLiteral("oauthScopes"), scopes));
    if (provider == int(OAuthProvider::Custom)) {
        QVERIFY(type(window, QStringLiteral("oauthAuthUrl"), QStringLiteral("https://idp.example.com/authorize")));
        if (!tokenUrl.isEmpty())
            QVERIFY(type(window, QStringLiteral("oauthTokenUrl"), tokenUrl));
    }

    QLabel *error = find<QLabel>(window->form(), QStringLiteral("error:") + key);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(fragment), qPrintable(error->text()));
    QVERIFY(!find<QLabel>(window, QStringLiteral("formErrors"))->isVisible()); // nothing left for the general box
    QVERIFY(!button(window, QStringLiteral("saveButton"))->isEnabled());
}

void TestOAuthSection::clientSecretGoesToKeychainNotFile()
{
    const QString secret = QStringLiteral("app-secret-7Q~x");
    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, WindowFixture::validResource(QStringLiteral("shared")));
    QVERIFY(window);
    QVERIFY(chooseData(window, QStringLiteral("imapAuth"), int(ImapAuth::OAuth2)));
    QVERIFY(chooseData(window, QStringLiteral("oauthFlow"), int(OAuthFlow::ClientCredentials)));
    QVERIFY(type(window, QStringLiteral("oauthTenant"), QStringLiteral("contoso.onmicrosoft.com")));
    QVERIFY(type(window, QStringLiteral("oauthClientId"), QStringLiteral("0f1e2d3c")));
    QVERIFY(type(window, QStringLiteral("oauthClientSecret"), secret));
    QPushButton *save = button(window, QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!window->form()->isDirty());

    QCOMPARE(fixture.secrets.entries.value(SecretKeys::oauthClientSecret(QStringLiteral("shared"))), secret);
    QVERIFY(!fixture.fileContents().contains(secret.toUtf8()));
    QVERIFY(fixture.fileContents().contains("clientCredentials"));

    window = fixture.open();
    QTRY_COMPARE(fixture.secrets.readsInFlight, 0);
    QCOMPARE(text(window, QStringLiteral("oauthClientSecret")), secret);
    QCOMPARE(text(window, QStringLiteral("oauthTenant")), QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(!window->form()->isDirty());
}

void TestOAuthSection::serviceAccountNeedsOnlyTheKeyFile()
{
    WindowFixture fixture;
    settings::ResourceSettings r = WindowFixture::validResource(QStringLiteral("workspace"));
    r.imap.host = QStringLiteral("imap.gmail.com");
    ui::MainWindow *window = openWith(fixture, r);
    QVERIFY(window);
    QVERIFY(chooseData(window, QStringLiteral("imapAuth"), int(ImapAuth::OAuth2)));
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"), int(OAuthProvider::Google)));
    QVERIFY(chooseData(window, QStringLiteral("oauthFlow"), int(OAuthFlow::ServiceAccount)));
    // No one signs in and there is no client id or secret: the key file says who signs.
    QVERIFY(find<QLineEdit>(window->form(), QStringLiteral("oauthKeyFile"))->isVisible());
    QVERIFY(!find<QLineEdit>(window->form(), QStringLiteral("oauthClientId"))->isVisible());
    QVERIFY(!button(window, QStringLiteral("oauthSignIn"))->isVisible());
    QVERIFY(find<QLabel>(window->form(), QStringLiteral("oauthAppOnlyHint"))->text().contains(QStringLiteral("domain-wide")));
    QPushButton *save = button(window, QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(find<QLabel>(window->form(), QStringLiteral("error:imap.oauth.keyFile"))->isVisible());
    QVERIFY(type(window, QStringLiteral("oauthKeyFile"), QStringLiteral("/etc/soar-imap/service-account.json")));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!window->form()->isDirty());
    const auto file = settings::SettingsFile::load(fixture.settingsPath());
    QVERIFY(file.ok());
    const settings::OAuthSettings saved = file.value().resource(QStringLiteral("workspace"))->imap.oauth;
    QCOMPARE(saved.flow, OAuthFlow::ServiceAccount);
    QCOMPARE(saved.keyFile, QStringLiteral("/etc/soar-imap/service-account.json"));
    // Microsoft 365 has no service accounts: the flow is not offered there.
    QVERIFY(chooseData(window, QStringLiteral("oauthProvider"), int(OAuthProvider::Microsoft)));
    QCOMPARE(window->form()->current().imap.oauth.flow, OAuthFlow::Interactive);
}

void TestOAuthSection::signInStoresTheGrantInTheKeychainOnly()
{
    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, oauthResource(QStringLiteral("m365"), m_server));
    QVERIFY(window);
    ui::OAuthSignInPanel *panel = signInPanel(window);
    QCOMPARE(statusOf(panel), QStringLiteral("Not signed in."));
    QVERIFY(!button(window, QStringLiteral("oauthSignOut"))->isVisible());

    TestBrowser browser;
    const BrowserHandler desktop(&browser);
    QPushButton *signIn = button(window, QStringLiteral("oauthSignIn"));
    QVERIFY(signIn->isVisible());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(panel), QStringLiteral("Signed in as %1").arg(kAccount), kFlowTimeoutMs);

    // The browser went to the provider with PKCE and a loopback redirect, and came back.
    QCOMPARE(browser.opened().size(), 1);
    QVERIFY(browser.opened().first().toString().startsWith(m_server.authorizeUrl().toString()));
    const QUrlQuery sent = m_server.lastAuthorizeQuery();
    QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(
        sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded).startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(sent.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), kAccount); // the form's username
    QTRY_VERIFY(browser.lastPage().contains("You can close this page"));

    const auto grant
        = oauth::GrantStore::deserialize(fixture.secrets.entries.value(SecretKeys::oauthGrant(QStringLiteral("m365"))));
    QVERIFY(grant.ok());
    QCOMPARE(grant.value().refreshToken, m_server.lastRefreshToken());
    QCOMPARE(grant.value().account, kAccount);
    QVERIFY(!fixture.fileContents().contains(m_server.lastRefreshToken().toUtf8()));
    QVERIFY(!fixture.fileContents().contains("refreshToken"));
    QVERIFY(!window->form()->isDirty()); // kept at once: nothing to save
    QVERIFY(button(window, QStringLiteral("oauthSignOut"))->isVisible());
    QVERIFY(!button(window, QStringLiteral("oauthCancel"))->isVisible());
    QCOMPARE(signIn->text(), QStringLiteral("Sign &in again…"));

    // A restart shows the sign-in from the keychain.
    window = fixture.open();
    QTRY_COMPARE(fixture.secrets.readsInFlight, 0);
    QCOMPARE(statusOf(signInPanel(window)), QStringLiteral("Signed in as %1").arg(kAccount));
    QVERIFY(button(window, QStringLiteral("oauthSignOut"))->isVisible());
}

void TestOAuthSection::signOutRemovesTheGrant()
{
    WindowFixture fixture;
    const QString key = SecretKeys::oauthGrant(QStringLiteral("m365"));
    fixture.secrets.entries.insert(key, oauth::GrantStore::serialize({QStringLiteral("rt-earlier"), kAccount}));
    ui::MainWindow *window = openWith(fixture, oauthResource(QStringLiteral("m365"), m_server));
    QVERIFY(window);
    ui::OAuthSignInPanel *panel = signInPanel(window);
    QCOMPARE(statusOf(panel), QStringLiteral("Signed in as %1").arg(kAccount));

    QTest::mouseClick(button(window, QStringLiteral("oauthSignOut")), Qt::LeftButton);
    QTRY_VERIFY(statusOf(panel).startsWith(QLatin1String("Signed out.")));
    QVERIFY(!fixture.secrets.entries.contains(key));
    QVERIFY(!button(window, QStringLiteral("oauthSignOut"))->isVisible());
    QCOMPARE(button(window, QStringLiteral("oauthSignIn"))->text(), QStringLiteral("Sign &in…"));
}

void TestOAuthSection::cancelStopsTheFlow()
{
    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, oauthResource(QStringLiteral("m365"), m_server));
    QVERIFY(window);
    ui::OAuthSignInPanel *panel = signInPanel(window);
    TestBrowser browser;
    browser.setSignsIn(false); // the analyst has not finished in the browser yet
    const BrowserHandler desktop(&browser);
    const int codeExchanges = m_server.tokenRequests(QStringLiteral("authorization_code"));
    QTest::mouseClick(button(window, QStringLiteral("oauthSignIn")), Qt::LeftButton);
    QCOMPARE(browser.opened().size(), 1);
    const QUrl opened = browser.opened().first();
    QVERIFY(panel->isBusy());
    QVERIFY(button(window, QStringLiteral("oauthCancel"))->isVisible());
    QVERIFY(!button(window, QStringLiteral("oauthSignIn"))->isEnabled());
    QCOMPARE(statusOf(panel), QStringLiteral("Waiting for the sign-in in the browser…"));

    QTest::mouseClick(button(window, QStringLiteral("oauthCancel")), Qt::LeftButton);
    QCOMPARE(statusOf(panel), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!panel->isBusy());
    QVERIFY(!button(window, QStringLiteral("oauthCancel"))->isVisible());
    QVERIFY(button(window, QStringLiteral("oauthSignIn"))->isEnabled());

    // Finishing in the browser afterwards reaches nobody: the loopback listener is closed.
    TestBrowser late;
    QSignalSpy loaded(&late, &TestBrowser::loaded);
    late.visit(opened);
    QVERIFY(loaded.wait(kFlowTimeoutMs));
    QVERIFY(loaded.first().first().toInt() != 200);
    QCOMPARE(statusOf(panel), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!fixture.secrets.entries.contains(SecretKeys::oauthGrant(QStringLiteral("m365"))));

    // A later sign-in that completes: an exchange of the cancelled flow's code would have
    // reached the provider before this one's, so exactly one exchange shows there is none.
    browser.setSignsIn(true);
    QTest::mouseClick(button(window, QStringLiteral("oauthSignIn")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(panel), QStringLiteral("Signed in as %1").arg(kAccount), kFlowTimeoutMs);
    QCOMPARE(m_server.tokenRequests(QStringLiteral("authorization_code")), codeExchanges + 1);
}

void TestOAuthSection::deniedSignInIsReported()
{
    WindowFixture fixture;
    ui::MainWindow *window = openWith(fixture, oauthResource(QStringLiteral("m365"), m_server));
    QVERIFY(window);
    ui::OAuthSignInPanel *panel = signInPanel(window);
    TestBrowser browser;
    const BrowserHandler desktop(&browser);
    m_server.setDenyAuthorization(true);
    QTest::mouseClick(button(window, QStringLiteral("oauthSignIn")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kFlowTimeoutMs);
    m_server.setDenyAuthorization(false);
    QVERIFY2(statusOf(panel).startsWith(QLatin1String("The sign-in failed: The provider did not grant access")),
        qPrintable(statusOf(panel)));
    QVERIFY(!button(window, QStringLiteral("oauthSignOut"))->isVisible());
    QVERIFY(!fixture.secrets.entries.contains(SecretKeys::oauthGrant(QStringLiteral("m365"))));
}

void TestOAuthSection::signInOffersToResumeAPausedResource()
{
    WindowFixture fixture;
    store::MailStore store;
    QVERIFY(store.open(fixture.dir.filePath(QStringLiteral("mail.db"))).ok());
    ui::MainWindow *window = openWith(fixture, oauthResource(QStringLiteral("paused"), m_server));
    QVERIFY(window);
    ui::AppController controller(window, &store, &fixture.secrets, fixture.dir.path());
    controller.start();

    // Never signed in: the daemon pauses at once and the tray says what to do.
    QTRY_COMPARE(recentNotifications(window->tray()).size(), 1);
    const QAction *notice = recentNotifications(window->tray()).first();
    QVERIFY2(notice->text().contains(QLatin1String("  paused: sign in again: ")), qPrintable(notice->text()));
    QVERIFY(notice->toolTip().contains(QLatin1String("press Sign in")));
    daemon::IncomingMailDaemon *daemon = controller.pool()->daemon(QStringLiteral("paused"));
    QVERIFY(daemon);
    QTRY_COMPARE(daemon->state(), daemon::IncomingMailDaemon::State::Paused);

    TestBrowser browser;
    const BrowserHandler desktop(&browser);
    const int refreshesBefore = m_server.tokenRequests(QStringLiteral("refresh_token"));
    QTest::mouseClick(button(window, QStringLiteral("oauthSignIn")), Qt::LeftButton);
    QPushButton *resume = button(window, QStringLiteral("oauthResume"));
    QTRY_VERIFY_WITH_TIMEOUT(resume->isVisible(), kFlowTimeoutMs);
    QVERIFY(toastText(window).contains(QLatin1String("Resume fetching")));

    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!resume->isVisible());
    QVERIFY(daemon->state() != daemon::IncomingMailDaemon::State::Paused);
    // The restarted daemon signs in with the stored grant (and then fails to reach port 1).
    QTRY_COMPARE_WITH_TIMEOUT(m_server.tokenRequests(QStringLiteral("refresh_token")), refreshesBefore + 1, kFlowTimeoutMs);
    controller.pool()->stopAll();
}

QTEST_MAIN(TestOAuthSection)
#include "tst_oauthsection.moc"
