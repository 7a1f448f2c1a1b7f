// The folder picker of the resource form after Test Saved Settings, against a scripted Gmail
// (tests/support/faults/GmailScript.h). RFC 6154 special-use attributes say what each folder is
// for; the "[Gmail]" container (\Noselect) is no choice.
#include "AppController.h"
#include "GmailScript.h"
#include "GuiHelpers.h"
#include "ScriptedImapServer.h"
#include "WindowFixture.h"
#include "daemon/DaemonPool.h"
#include "store/MailStore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;
using soar::test::ScriptedImapServer;

class TestFolderPicker : public QObject {
    Q_OBJECT
private slots:
    void specialUseFoldersSayWhatTheyAre()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        server.setGreeting("* OK Gimap ready for requests from 127.0.0.1 x2mb241876667wmk\r\n");
        soar::test::listLikeGmail(server);
        server.on("UID SEARCH", "* SEARCH\r\n{tag} OK SEARCH completed (Success)\r\n");

        settings::ResourceSettings r = test::gui::WindowFixture::validResource(QStringLiteral("gmail"));
        r.imap.host = QStringLiteral("127.0.0.1");
        r.imap.port = server.port();
        r.imap.security = settings::ImapSecurity::None;
        r.imap.allowPlaintextPassword = true; // a scripted server on loopback, nothing to protect
        test::gui::WindowFixture fixture;
        store::MailStore store;
        QVERIFY(fixture.writeSettings({r}));
        QVERIFY(store.open(fixture.dir.filePath(QStringLiteral("mail.db"))).ok());
        fixture.secrets.entries.insert(QStringLiteral("gmail/imap-password"), QStringLiteral("app-password"));
        fixture.window = std::make_unique<ui::MainWindow>(fixture.settingsPath(), &fixture.secrets, &fixture.log, &store);
        fixture.window->show();
        ui::AppController controller(fixture.window.get(), &store, &fixture.secrets, fixture.dir.path());
        controller.start();
        controller.pool()->pauseAll(); // only the picker is under observation here

        QSignalSpy finished(&controller, &ui::AppController::testSettingsFinished);
        action(fixture.window.get(), QStringLiteral("testSavedSettingsAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(1).toBool());

        auto *picker = fixture.window->findChild<QComboBox *>(QStringLiteral("imapFolder"));
        QVERIFY(picker);
        QStringList shown;
        for (int i = 0; i < picker->count(); ++i)
            shown << picker->itemText(i);
        QCOMPARE(shown,
            QStringList({QStringLiteral("INBOX"), QStringLiteral("[Gmail]/All Mail — all mail"),
                QStringLiteral("[Gmail]/Drafts — drafts"), QStringLiteral("[Gmail]/Important — important"),
                QStringLiteral("[Gmail]/Sent Mail — sent mail"), QStringLiteral("[Gmail]/Spam — junk (spam)"),
                QStringLiteral("[Gmail]/Starred — starred / flagged"), QStringLiteral("[Gmail]/Trash — trash")}));
        QCOMPARE(picker->currentText(), QStringLiteral("INBOX")); // the saved folder stays

        // The analyst opens the list and picks the junk folder: the field holds its name.
        const int spam = picker->findText(QStringLiteral("[Gmail]/Spam — junk (spam)"));
        QVERIFY(spam >= 0);
        picker->showPopup();
        QAbstractItemView *view = picker->view();
        QTRY_VERIFY(view->isVisible());
        const QRect rect = view->visualRect(view->model()->index(spam, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(!view->isVisible());
        QCOMPARE(picker->currentText(), QStringLiteral("[Gmail]/Spam"));
    }
};

QTEST_MAIN(TestFolderPicker)
#include "tst_folderpicker.moc"
