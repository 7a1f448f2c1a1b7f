// The first-run setup: shown while there is no resource, presets fill the server, finishing
// saves the resource like the form (settings file + keychain) and starts Test Saved Settings.
#include "FirstRunPage.h"
#include "GuiHelpers.h"
#include "ResourceForm.h"
#include "WindowFixture.h"
#include "settings/SecretKeys.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
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
};

namespace {

ui::FirstRunPage *page(ui::MainWindow *window)
{
    return window->firstRun();
}

bool fillGmail(ui::FirstRunPage *p, const QString &name)
{
    return p->choosePreset(QStringLiteral("gmail"))
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
    QCOMPARE(window->currentSettingsPage(), page(window));
    QVERIFY(page(window)->isVisible());
    // Nothing is flagged red before the analyst typed anything.
    QVERIFY(!find<QLabel>(page(window), QStringLiteral("error:imap.username"))->isVisible());
}

void TestFirstRun::notShownWhenResourcesExist()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    QCOMPARE(window->currentSettingsPage(), static_cast<QWidget *>(window->form()));
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
    QVERIFY(p->choosePreset(QStringLiteral("yahoo"))); // start from another preset than the one tested
    QVERIFY(p->choosePreset(preset));
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
    window->setDaemonConnected(true);
    QSignalSpy saved(window, &ui::MainWindow::resourceSaved);
    QSignalSpy tested(window, &ui::MainWindow::testSavedSettingsRequested);
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
    QCOMPARE(window->currentSettingsPage(), static_cast<QWidget *>(window->form()));
    QCOMPARE(window->form()->resourceName(), QStringLiteral("soc-inbox"));
    QTRY_VERIFY(!window->form()->secretsPending());
    QVERIFY(!window->form()->isDirty());
}

void TestFirstRun::missingFieldsAreShownAndNothingIsSaved()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QSignalSpy saved(window, &ui::MainWindow::resourceSaved);
    ui::FirstRunPage *p = page(window);
    QVERIFY(p->choosePreset(QStringLiteral("custom")));
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
    QSignalSpy saved(window, &ui::MainWindow::resourceSaved);
    QVERIFY(fillGmail(page(window), QStringLiteral("soc-inbox")));
    QTest::mouseClick(find<QPushButton>(page(window), QStringLiteral("firstRunFinish")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(settings::SettingsFile::load(f.settingsPath()).value().resource(QStringLiteral("soc-inbox")));
    QCOMPARE(window->currentSettingsPage(), static_cast<QWidget *>(window->form()));
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
    QCOMPARE(window->currentSettingsPage(), static_cast<QWidget *>(window->form()));
    QVERIFY(window->form()->isDraft());
    QCOMPARE(window->form()->resourceName(), QStringLiteral("abuse-desk"));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
