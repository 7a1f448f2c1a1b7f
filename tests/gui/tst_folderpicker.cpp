// The folder picker of the resource form after Test Saved Settings, against a scripted Gmail
// (tests/support/faults/GmailScript.h). RFC 6154 special-use attributes say what each folder is
// for; the "[Gmail]" container (\Noselect) is no choice.
#include "AppController.h"
#include "AppFixture.h"
#include "GmailScript.h"
#include "GuiHelpers.h"
#include "ScriptedImapServer.h"
#include "daemon/DaemonPool.h"

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

        AppFixture app;
        QVERIFY(app.open({ScriptedImapServer::loopbackResource(
                             server.port(), QStringLiteral("gmail"), QStringLiteral("analyst@example.test"))},
            {{QStringLiteral("gmail/imap-password"), QStringLiteral("app-password")}}));
        app.controller->pool()->pauseAll(); // only the picker is under observation here

        action(app.window(), QStringLiteral("testSavedSettingsAction"))->trigger();
        const QString verdict = testVerdict(app.window(), QStringLiteral("testSettingsDialog"), QStringLiteral("testVerdict"));
        QVERIFY2(verdict.contains(QLatin1String("All steps passed")), qPrintable(verdict));

        auto *picker = app.window()->findChild<QComboBox *>(QStringLiteral("imapFolder"));
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
