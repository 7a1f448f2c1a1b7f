// The main window's composition and its resource management: add, duplicate, rename, remove.
#include "GuiHelpers.h"
#include "LogView.h"
#include "ResourceActions.h"
#include "ResourceCatalog.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "TrayIcon.h"
#include "WindowFixture.h"
#include "settings/SecretKeys.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;
using settings::SecretKeys;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsMainWindow();
    void menusHaveMnemonicsAndTestActionsWaitForDaemon();
    void testSavedSettingsEmitsForCurrentResource();
    void addCreatesDraftUntilSaved();
    void addRejectsTakenName();
    void duplicateCopiesSettingsAndPassword();
    void renameMovesKeychainEntries();
    void removeAsksAndDeletesSecrets_data();
    void removeAsksAndDeletesSecrets();
    void statusDotsAndTrayFollowDaemonState();
    void brokenSettingsFileIsNotOverwritten();
    void closingHidesToTrayWithOneTimeHint();
};

void TestMainWindow::showsMainWindow()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->windowTitle(), QStringLiteral("soar-imap"));
    QVERIFY(window->findChild<QListWidget *>(QStringLiteral("resourceList")));
    auto *pages = window->findChild<QTabWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 3);
    // No resource yet: the guided first-run setup stands in for the form.
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("firstRunPage"))->isVisible());
    QWidget *mails = window->findChild<QWidget *>(QStringLiteral("mailsPage"));
    QVERIFY(mails);
    QCOMPARE(pages->indexOf(mails), 1);
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("mailsEmptyState"))->text().isEmpty());
    QCOMPARE(pages->indexOf(find<ui::LogView>(window, QStringLiteral("logView"))), 2);
    QVERIFY(!window->grab().isNull());
}

void TestMainWindow::menusHaveMnemonicsAndTestActionsWaitForDaemon()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    QStringList titles;
    for (QAction *menu : window->menuBar()->actions())
        titles.append(menu->text());
    QCOMPARE(titles, (QStringList {QStringLiteral("&File"), QStringLiteral("&Resource"), QStringLiteral("&Help")}));
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator())
                QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
        }
    }
    // The tests run in the window's own process: nothing to wait for before offering them.
    QVERIFY(window->findChild<QAction *>(QStringLiteral("testSavedSettingsAction"))->isEnabled());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("testActionAction"))->isEnabled());
}

void TestMainWindow::testSavedSettingsEmitsForCurrentResource()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    QSignalSpy tests(window->resourceActions(), &ui::ResourceActions::testSavedSettingsRequested);
    QSignalSpy actions(window->resourceActions(), &ui::ResourceActions::testActionRequested);
    action(window, QStringLiteral("testSavedSettingsAction"))->trigger();
    QCOMPARE(tests.count(), 1);
    QCOMPARE(tests.at(0).at(0).toString(), QStringLiteral("soc-inbox"));

    // Unsaved edits are saved first, so the test runs on what the analyst sees.
    QVERIFY(type(window->form(), QStringLiteral("imapHost"), QStringLiteral("imap.tested.test")));
    f.script.unsaved = ui::DialogPrompter::UnsavedChoice::Save;
    action(window, QStringLiteral("testActionAction"))->trigger();
    QTRY_COMPARE(actions.count(), 1);
    QCOMPARE(window->catalog()->resource(QStringLiteral("soc-inbox"))->imap.host, QStringLiteral("imap.tested.test"));
}

void TestMainWindow::addCreatesDraftUntilSaved()
{
    WindowFixture f;
    f.script.names = {QStringLiteral("soc-inbox")};
    ui::MainWindow *window = f.open();
    window->resourcePanel()->addAction()->trigger();
    QCOMPARE(window->resourcePanel()->names(), QStringList {QStringLiteral("soc-inbox")});
    QVERIFY(window->form()->isDraft());
    QVERIFY(window->isWindowModified());
    QVERIFY(window->catalog()->names().isEmpty());
    QVERIFY(!f.fileContents().contains("soc-inbox"));

    QVERIFY(type(window->form(), QStringLiteral("imapHost"), QStringLiteral("imap.example.test")));
    QVERIFY(type(window->form(), QStringLiteral("imapUsername"), QStringLiteral("analyst@example.test")));
    action(window, QStringLiteral("saveAction"))->trigger();
    QTRY_VERIFY(!window->form()->isDirty());
    QCOMPARE(window->catalog()->names(), QStringList {QStringLiteral("soc-inbox")});
    QVERIFY(f.fileContents().contains("soc-inbox"));

    // Discarding a new draft removes it again.
    f.script.names = {QStringLiteral("second")};
    window->resourcePanel()->addAction()->trigger();
    QCOMPARE(window->resourcePanel()->names().size(), 2);
    f.script.confirmRemove = true;
    window->resourcePanel()->removeAction()->trigger();
    QCOMPARE(window->resourcePanel()->names(), QStringList {QStringLiteral("soc-inbox")});
    QCOMPARE(window->form()->resourceName(), QStringLiteral("soc-inbox"));
}

void TestMainWindow::addRejectsTakenName()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    f.script.names = {QStringLiteral("SOC-inbox")};
    ui::MainWindow *window = f.open();
    window->resourcePanel()->addAction()->trigger();
    QCOMPARE(window->resourcePanel()->names(), QStringList {QStringLiteral("soc-inbox")});
    QVERIFY(f.script.asked.last().startsWith(QStringLiteral("error:Another resource is already called")));
}

void TestMainWindow::duplicateCopiesSettingsAndPassword()
{
    WindowFixture f;
    settings::ResourceSettings original = WindowFixture::validResource(QStringLiteral("soc-inbox"));
    original.filters.subject = QStringLiteral("phishing");
    QVERIFY(f.writeSettings({original}));
    f.secrets.entries.insert(SecretKeys::imapPassword(QStringLiteral("soc-inbox")), QStringLiteral("pw"));
    f.script.names = {QStringLiteral("soc-copy")};
    ui::MainWindow *window = f.open();
    window->resourcePanel()->duplicateAction()->trigger();
    QCOMPARE(window->resourcePanel()->current(), QStringLiteral("soc-copy"));
    QTRY_COMPARE(text(window->form(), QStringLiteral("imapPassword")), QStringLiteral("pw"));
    QCOMPARE(text(window->form(), QStringLiteral("filterSubject")), QStringLiteral("phishing"));
    action(window, QStringLiteral("saveAction"))->trigger();
    QTRY_COMPARE(f.secrets.entries.value(SecretKeys::imapPassword(QStringLiteral("soc-copy"))), QStringLiteral("pw"));
    QCOMPARE(window->catalog()->names(), (QStringList {QStringLiteral("soc-inbox"), QStringLiteral("soc-copy")}));
    QCOMPARE(window->catalog()->resource(QStringLiteral("soc-copy"))->filters.subject, QStringLiteral("phishing"));
}

void TestMainWindow::renameMovesKeychainEntries()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("old-name"))}));
    f.secrets.entries.insert(SecretKeys::imapPassword(QStringLiteral("old-name")), QStringLiteral("pw"));
    f.script.names = {QStringLiteral("new-name")};
    ui::MainWindow *window = f.open();
    QSignalSpy renamed(window->resourceActions(), &ui::ResourceActions::resourceRenamed);
    window->resourcePanel()->renameAction()->trigger();
    QTRY_COMPARE(renamed.count(), 1);
    QCOMPARE(window->resourcePanel()->names(), QStringList {QStringLiteral("new-name")});
    QCOMPARE(window->form()->resourceName(), QStringLiteral("new-name"));
    QTRY_VERIFY(!f.secrets.entries.contains(SecretKeys::imapPassword(QStringLiteral("old-name"))));
    QCOMPARE(f.secrets.entries.value(SecretKeys::imapPassword(QStringLiteral("new-name"))), QStringLiteral("pw"));
    QVERIFY(f.fileContents().contains("new-name"));
    QVERIFY(!f.fileContents().contains("old-name"));
}

void TestMainWindow::removeAsksAndDeletesSecrets_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestMainWindow::removeAsksAndDeletesSecrets()
{
    QFETCH(bool, confirm);
    WindowFixture f;
    QVERIFY(f.writeSettings(
        {WindowFixture::validResource(QStringLiteral("keep")), WindowFixture::validResource(QStringLiteral("gone"))}));
    f.secrets.entries.insert(SecretKeys::imapPassword(QStringLiteral("gone")), QStringLiteral("pw"));
    f.script.confirmRemove = confirm;
    ui::MainWindow *window = f.open();
    window->resourcePanel()->setCurrent(QStringLiteral("gone"));
    QTRY_COMPARE(window->form()->resourceName(), QStringLiteral("gone"));
    window->resourcePanel()->removeAction()->trigger();
    QCOMPARE(f.script.asked, QStringList {QStringLiteral("remove:gone")});
    if (confirm) {
        QTRY_COMPARE(window->resourcePanel()->names(), QStringList {QStringLiteral("keep")});
        QTRY_VERIFY(f.secrets.entries.isEmpty());
        QCOMPARE(window->form()->resourceName(), QStringLiteral("keep"));
        QVERIFY(!f.fileContents().contains("gone"));
    } else {
        QCOMPARE(window->resourcePanel()->names(), (QStringList {QStringLiteral("keep"), QStringLiteral("gone")}));
        QVERIFY(f.secrets.entries.contains(SecretKeys::imapPassword(QStringLiteral("gone"))));
    }
}

void TestMainWindow::statusDotsAndTrayFollowDaemonState()
{
    WindowFixture f;
    QVERIFY(
        f.writeSettings({WindowFixture::validResource(QStringLiteral("a")), WindowFixture::validResource(QStringLiteral("b"))}));
    ui::MainWindow *window = f.open();
    window->setResourceStatus(QStringLiteral("a"), ui::ResourceState::Ok);
    window->setResourceStatus(QStringLiteral("b"), ui::ResourceState::Running);
    QCOMPARE(systemTray(window->tray())->toolTip().section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("soar-imap: ") + ui::ResourceStateIcons::label(ui::ResourceState::Running));
    window->setResourceStatus(
        QStringLiteral("b"), ui::ResourceState::Error, QStringLiteral("Authentication failed: wrong password"));
    QCOMPARE(systemTray(window->tray())->toolTip().section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("soar-imap: ") + ui::ResourceStateIcons::label(ui::ResourceState::Error));
    QListWidgetItem *item = find<QListWidget>(window, QStringLiteral("resourceList"))->item(1);
    QVERIFY(item->toolTip().contains(QStringLiteral("Authentication failed: wrong password")));
    QVERIFY(!item->icon().isNull());
    window->setResourceStatus(QStringLiteral("a"), ui::ResourceState::Paused);
    window->setResourceStatus(QStringLiteral("b"), ui::ResourceState::Paused);
    QCOMPARE(systemTray(window->tray())->toolTip().section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("soar-imap: ") + ui::ResourceStateIcons::label(ui::ResourceState::Paused));
}

void TestMainWindow::brokenSettingsFileIsNotOverwritten()
{
    WindowFixture f;
    QFile file(f.settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"resources": [{"name": "x", "imap": {"hots": "typo"}}]})");
    file.close();
    const QByteArray before = f.fileContents();
    ui::MainWindow *window = f.open();
    QVERIFY(!window->resourcePanel()->addAction()->isEnabled());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("emptyState"))->text().contains(QStringLiteral("has errors")));
    QCOMPARE(f.fileContents(), before);
}

void TestMainWindow::closingHidesToTrayWithOneTimeHint()
{
    WindowFixture f;
    ui::MainWindow *window = f.open();
    window->tray()->show();
    QVERIFY(window->tray()->isVisible());
    QSignalSpy quit(window, &ui::MainWindow::quitRequested);

    window->close();
    QVERIFY(window->isHidden());
    QCOMPARE(recentNotifications(window->tray()).size(), 1);
    QVERIFY(recentNotifications(window->tray()).first()->toolTip().contains(QStringLiteral("Quit")));

    trayAction(window->tray(), QStringLiteral("trayOpen"))->trigger();
    QVERIFY(window->isVisible());
    window->close();
    QVERIFY(window->isHidden());
    QCOMPARE(recentNotifications(window->tray()).size(), 1); // once per session is enough
    QCOMPARE(quit.count(), 0);

    // Quit from the tray really quits.
    trayAction(window->tray(), QStringLiteral("trayOpen"))->trigger();
    trayAction(window->tray(), QStringLiteral("trayQuit"))->trigger();
    QCOMPARE(quit.count(), 1);
    QVERIFY(window->isHidden());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
