// Renders the main views with realistic content. With SOAR_SCREENSHOT_DIR set, the pictures
// are written there (docs/images/ holds the committed ones used by docs/user-guide.md).
#include "FirstRunPage.h"
#include "GuiHelpers.h"
#include "LogFilterProxy.h"
#include "LogView.h"
#include "OAuthSection.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "WindowFixture.h"
#include "oauth/GrantStore.h"
#include "settings/SecretKeys.h"

#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void connectionPage();
    void oauthSection();
    void preFiltersPage();
    void validationError();
    void logView();
    void firstRun();

private:
    void capture(const QString &name) { capture(m_window, name); }
    static void capture(QWidget *window, const QString &name);

    std::unique_ptr<WindowFixture> m_fixture;
    ui::MainWindow *m_window = nullptr;
};

void TestScreenshots::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    settings::ResourceSettings soc = WindowFixture::validResource(QStringLiteral("soc-inbox"));
    soc.imap.host = QStringLiteral("outlook.office365.com");
    soc.imap.username = QStringLiteral("phishing-reports@example.com");
    soc.imap.folder = QStringLiteral("INBOX");
    soc.soar.url = QStringLiteral("https://tenant.soar.sumologic.com");
    soc.filters.from = QStringLiteral("sumologic.com, sales@x.com");
    soc.filters.notSubject = QStringLiteral("newsletter");
    soc.filters.notHeader = QStringLiteral("bulk");
    soc.filters.notHeaderField = QStringLiteral("Precedence");
    settings::ResourceSettings abuse = WindowFixture::validResource(QStringLiteral("abuse-desk"));
    settings::ResourceSettings lab = WindowFixture::validResource(QStringLiteral("lab-dovecot"));
    QVERIFY(m_fixture->writeSettings({soc, abuse, lab}));
    m_fixture->secrets.entries.insert(settings::SecretKeys::imapPassword(QStringLiteral("soc-inbox")), QStringLiteral("x"));

    m_window = m_fixture->open();
    m_window->resize(1000, 700);
    m_window->setResourceStatus(QStringLiteral("soc-inbox"), ui::ResourceState::Ok);
    m_window->setResourceStatus(QStringLiteral("abuse-desk"), ui::ResourceState::Running);
    m_window->setResourceStatus(QStringLiteral("lab-dovecot"), ui::ResourceState::Error, QStringLiteral("Authentication failed"));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE(m_fixture->secrets.readsInFlight, 0);
}

void TestScreenshots::capture(QWidget *window, const QString &name)
{
    const QString problem = screenshot(window, name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestScreenshots::connectionPage()
{
    find<QTabWidget>(m_window, QStringLiteral("pages"))->setCurrentIndex(0);
    find<QTabWidget>(m_window->form(), QStringLiteral("formTabs"))->setCurrentIndex(0);
    QVERIFY(m_window->form()->isVisible());
    capture(QStringLiteral("resource-connection"));
}

void TestScreenshots::oauthSection()
{
    WindowFixture fresh;
    settings::ResourceSettings soc = WindowFixture::validResource(QStringLiteral("soc-inbox"));
    soc.imap.host = QStringLiteral("outlook.office365.com");
    soc.imap.username = QStringLiteral("phishing-reports@example.com");
    soc.imap.auth = settings::ImapAuth::OAuth2;
    soc.imap.oauth.tenant = QStringLiteral("contoso.onmicrosoft.com");
    soc.imap.oauth.clientId = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-123456789abc");
    QVERIFY(fresh.writeSettings({soc}));
    fresh.secrets.entries.insert(settings::SecretKeys::oauthGrant(soc.name),
        oauth::GrantStore::serialize({QStringLiteral("x"), QStringLiteral("phishing-reports@example.com")}));
    ui::MainWindow *window = fresh.open();
    window->resize(1000, 760);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(fresh.secrets.readsInFlight, 0);
    auto *section = window->findChild<ui::OAuthSection *>();
    QVERIFY(section->isVisible());
    QVERIFY(find<QLabel>(section, QStringLiteral("oauthStatus"))->text().contains(QLatin1String("Signed in as")));
    qobject_cast<QScrollArea *>(find<QTabWidget>(window->form(), QStringLiteral("formTabs"))->currentWidget())
        ->ensureWidgetVisible(section, 0, 0);
    capture(window, QStringLiteral("resource-oauth"));
}

void TestScreenshots::preFiltersPage()
{
    find<QTabWidget>(m_window, QStringLiteral("pages"))->setCurrentIndex(0);
    find<QTabWidget>(m_window->form(), QStringLiteral("formTabs"))->setCurrentIndex(3);
    auto *preview = find<QLabel>(m_window->form(), QStringLiteral("filterPreview"));
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->text(),
        QStringLiteral("unseen mail from sumologic.com OR sales@x.com AND NOT subject 'newsletter' AND NOT header "
                       "Precedence 'bulk'"));
    capture(QStringLiteral("resource-prefilters"));
}

void TestScreenshots::validationError()
{
    find<QTabWidget>(m_window, QStringLiteral("pages"))->setCurrentIndex(0);
    find<QTabWidget>(m_window->form(), QStringLiteral("formTabs"))->setCurrentIndex(0);
    QVERIFY(setNumber(m_window->form(), QStringLiteral("imapPort"), 99999));
    QVERIFY(find<QLabel>(m_window->form(), QStringLiteral("error:") + QStringLiteral("imap.port"))->isVisible());
    capture(QStringLiteral("resource-validation"));
}

void TestScreenshots::logView()
{
    const QList<std::tuple<spdlog::level::level_enum, QString, QString>> lines = {
        {spdlog::level::info, QStringLiteral("soc-inbox"), QStringLiteral("connected to outlook.office365.com:993 (TLS 1.3)")},
        {spdlog::level::info, QStringLiteral("soc-inbox"), QStringLiteral("3 new mails match the pre-filters")},
        {spdlog::level::info, QStringLiteral("soc-inbox"), QStringLiteral("stored mail 1842 'Invoice overdue' (2 attachments)")},
        {spdlog::level::info, QStringLiteral("abuse-desk"), QStringLiteral("IDLE: waiting for new mail")},
        {spdlog::level::warn, QStringLiteral("soc-inbox"), QStringLiteral("Cloud SOAR answered 429; retrying in 30 s")},
        {spdlog::level::err, QStringLiteral("lab-dovecot"),
            QStringLiteral("authentication failed: [AUTHENTICATIONFAILED] Authentication failed.")},
    };
    QDateTime time(QDate(2026, 3, 2), QTime(9, 41, 3, 120));
    for (const auto &[level, resource, message] : lines) {
        common::LogRecord record;
        time = time.addMSecs(2417);
        record.time = time;
        record.level = level;
        record.module = QStringLiteral("daemon");
        record.resource = resource;
        record.message = message;
        m_fixture->log.append(record);
    }
    find<QTabWidget>(m_window, QStringLiteral("pages"))->setCurrentWidget(find<ui::LogView>(m_window, QStringLiteral("logView")));
    QTRY_COMPARE(find<QTableView>(m_window, QStringLiteral("logTable"))->model()->rowCount(), int(lines.size()));
    capture(QStringLiteral("log-view"));
}

void TestScreenshots::firstRun()
{
    WindowFixture fresh; // no resource yet: the guided setup
    ui::MainWindow *window = fresh.open();
    window->resize(1000, 700);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ui::FirstRunPage *page = find<ui::FirstRunPage>(window, QStringLiteral("firstRunPage"));
    QVERIFY(page->isVisible());
    QVERIFY(chooseData(page, QStringLiteral("firstRunPreset"), QStringLiteral("microsoft365")));
    QVERIFY(type(page, QStringLiteral("firstRunUsername"), QStringLiteral("phishing-reports@contoso.com")));
    QVERIFY(type(page, QStringLiteral("firstRunClientId"), QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-123456789abc")));
    QVERIFY(type(page, QStringLiteral("firstRunTenant"), QStringLiteral("contoso.onmicrosoft.com")));
    QVERIFY(type(page, QStringLiteral("firstRunName"), QStringLiteral("soc-inbox")));
    QVERIFY(page->issues().isEmpty());
    capture(window, QStringLiteral("first-run"));
    // The app-password path stays for the providers that take one.
    QVERIFY(chooseData(page, QStringLiteral("firstRunPreset"), QStringLiteral("gmail")));
    QVERIFY(type(page, QStringLiteral("firstRunPassword"), QStringLiteral("abcd efgh ijkl mnop")));
    QVERIFY(page->issues().isEmpty());
    capture(window, QStringLiteral("first-run-app-password"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
