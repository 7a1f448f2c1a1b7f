// The desktop app wired to the core, against the rig's Dovecot: Test Saved Settings, Test Action,
// mail flowing in, and the tray's Pause all.
#include "AppController.h"
#include "AppFixture.h"
#include "GuiHelpers.h"
#include "ImapTestClient.h"
#include "ResourceListPanel.h"
#include "RigEnvironment.h"
#include "RunsAfterResume.h"
#include "TestActionDialog.h"
#include "TestMail.h"
#include "TestSettingsDialog.h"
#include "TrayIcon.h"
#include "WindowFixture.h"
#include "daemon/DaemonPool.h"
#include "mails/MailDetailView.h"
#include "mails/MailListModel.h"
#include "mails/MailsPage.h"
#include "store/MailStore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace soar;
using namespace soar::test::gui;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestAppController : public QObject {
    Q_OBJECT
private:
    // Every resource fetches with carol's password.
    struct App : AppFixture {
        bool open(const QList<settings::ResourceSettings> &resources, const QString &password)
        {
            QHash<QString, QString> secrets;
            for (const auto &r : resources)
                secrets.insert(r.name + QStringLiteral("/imap-password"), password);
            return AppFixture::open(resources, secrets);
        }
    };

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void testSavedSettingsShowsEveryStepGreen()
    {
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY(carol.resetFolder(QStringLiteral("GuiTest")));
        App app;
        QVERIFY(app.open(
            {AppFixture::rigResource(QStringLiteral("gui-ok"), QStringLiteral("GuiTest"))}, RigEnvironment::kCarolPassword));
        app.controller->pool()->pauseAll(); // only the test is under observation here
        QAction *testSaved = action(app.fixture.window.get(), QStringLiteral("testSavedSettingsAction"));
        QVERIFY(testSaved && testSaved->isEnabled());
        testSaved->trigger();
        const QString verdict
            = testVerdict(app.fixture.window.get(), QStringLiteral("testSettingsDialog"), QStringLiteral("testVerdict"));
        QVERIFY2(verdict.contains(QLatin1String("All steps passed")), qPrintable(verdict));
        ui::TestSettingsDialog *dialog
            = newest<ui::TestSettingsDialog>(app.fixture.window.get(), QStringLiteral("testSettingsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("testSteps"))->topLevelItemCount(), 7);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("testVerdict"))->text().contains(QLatin1String("All steps passed")));
        QVERIFY(toastShown(app.fixture.window.get()));
        QVERIFY(!toastIsError(app.fixture.window.get()));
    }

    void wrongPasswordTurnsTheLoginStepRed()
    {
        App app;
        QVERIFY(app.open(
            {AppFixture::rigResource(QStringLiteral("gui-badpw"), QStringLiteral("INBOX"))}, QStringLiteral("not-carols")));
        app.controller->pool()->pauseAll();
        action(app.fixture.window.get(), QStringLiteral("testSavedSettingsAction"))->trigger();
        const QString verdict
            = testVerdict(app.fixture.window.get(), QStringLiteral("testSettingsDialog"), QStringLiteral("testVerdict"));
        QVERIFY2(verdict.contains(QLatin1String("The test failed")), qPrintable(verdict));
        QVERIFY(toastShown(app.fixture.window.get()));
        QVERIFY(toastIsError(app.fixture.window.get()));
        const QString toast = toastText(app.fixture.window.get());
        QVERIFY2(toast.contains(QLatin1String("Log in")), qPrintable(toast));
        QVERIFY(toast.contains(QLatin1String("Authentication failed")));
    }

    void testActionListsTheMailsAndMailFlowsIn()
    {
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        const QString folder = QStringLiteral("GuiFlow");
        QVERIFY(carol.resetFolder(folder));
        QVERIFY(carol.append(
            folder, TestMail().subject(QStringLiteral("Reported phish")).attach(QStringLiteral("x.html"), "<a>").raw()));
        App app;
        QVERIFY(app.open({AppFixture::rigResource(QStringLiteral("gui-flow"), folder)}, RigEnvironment::kCarolPassword));
        QSignalSpy stored(app.controller->pool(), &daemon::DaemonPool::mailStored);
        QVERIFY(stored.wait(20000)); // the daemon started from the saved settings

        QVERIFY(carol.append(folder, TestMail().subject(QStringLiteral("Second")).raw()));
        QVERIFY(stored.wait(10000)); // IDLE

        // The Mails tab lists what was fetched, and shows the decoded subject and attachment.
        ui::MailsPage *mails = app.fixture.window->mails();
        QVERIFY(mails);
        QTRY_COMPARE_WITH_TIMEOUT(mailModel(mails)->rowCount(), 2, 5000);
        QTest::keyClicks(find<QLineEdit>(mails, QStringLiteral("mailSearch")), QStringLiteral("phish"));
        QTRY_COMPARE_WITH_TIMEOUT(mailModel(mails)->rowCount(), 1, 5000);
        const QString mailId = mailModel(mails)->index(0, 0).data(ui::MailListModel::MailIdRole).toString();
        QVERIFY(mails->selectMail(mailId));
        QVERIFY(QTest::qWaitFor([&] { return mails->detail()->findChildren<QLabel *>().size() > 0; }, 2000));
        find<QLineEdit>(mails, QStringLiteral("mailSearch"))->clear();

        // Pause all from the tray: mail waits.
        QSignalSpy runs(app.controller->pool(), &daemon::DaemonPool::runFinished);
        QAction *pauseAll = trayAction(app.fixture.window->tray(), QStringLiteral("trayPauseAll"));
        QVERIFY(pauseAll);
        pauseAll->trigger();
        QVERIFY(app.controller->pool()->isPaused());
        QCOMPARE(app.fixture.window->resourcePanel()->states().first(), ui::ResourceState::Paused);
        QCOMPARE(pauseAll->text(), QStringLiteral("&Resume all"));
        QVERIFY(carol.append(folder, TestMail().subject(QStringLiteral("While paused")).raw()));
        const QDateTime resumedAt = QDateTime::currentDateTimeUtc();
        pauseAll->trigger();
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.count(), 3);
        // The mail waited: the run that stored it started after Resume all, none before.
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty() && runs.last().at(1).value<store::RunRecord>().stored == 1, 10000);
        const QString early = test::runsStoringBefore(runs, 1, resumedAt);
        QVERIFY2(early.isEmpty(), qPrintable(early));

        // Test Action is a dry run over the same folder (the mails are \Seen now: no match).
        action(app.fixture.window.get(), QStringLiteral("testActionAction"))->trigger();
        const QString summary
            = testVerdict(app.fixture.window.get(), QStringLiteral("testActionDialog"), QStringLiteral("testActionSummary"));
        QVERIFY2(summary.contains(QLatin1String("Nothing was stored or flagged")), qPrintable(summary));
        auto *dialog = newest<ui::TestActionDialog>(app.fixture.window.get(), QStringLiteral("testActionDialog"));
        QVERIFY(dialog);
        QCOMPARE(find<QTableWidget>(dialog, QStringLiteral("testActionResults"))->rowCount(), 0);
        QVERIFY(carol.append(folder, TestMail().subject(QStringLiteral("Dry run candidate")).raw()));
        QVERIFY(stored.wait(10000));
    }

    void testActionShowsMatchingMails()
    {
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        const QString folder = QStringLiteral("GuiDry");
        QVERIFY(carol.resetFolder(folder));
        QVERIFY(carol.append(folder, TestMail().from(QStringLiteral("a@sumologic.com")).subject(QStringLiteral("Match")).raw()));
        QVERIFY(carol.append(folder, TestMail().from(QStringLiteral("a@other.org")).subject(QStringLiteral("No match")).raw()));
        auto r = AppFixture::rigResource(QStringLiteral("gui-dry"), folder);
        r.filters.from = QStringLiteral("sumologic.com");
        App app;
        QVERIFY(app.open({r}, RigEnvironment::kCarolPassword));
        app.controller->pool()->pauseAll();
        action(app.fixture.window.get(), QStringLiteral("testActionAction"))->trigger();
        const QString summary
            = testVerdict(app.fixture.window.get(), QStringLiteral("testActionDialog"), QStringLiteral("testActionSummary"));
        QVERIFY2(summary.contains(QLatin1String("Nothing was stored or flagged")), qPrintable(summary));
        auto *dialog = newest<ui::TestActionDialog>(app.fixture.window.get(), QStringLiteral("testActionDialog"));
        QVERIFY(dialog);
        QTableWidget *results = find<QTableWidget>(dialog, QStringLiteral("testActionResults"));
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, ui::TestActionDialog::FromColumn)->text(), QStringLiteral("a@sumologic.com"));
        QCOMPARE(results->item(0, ui::TestActionDialog::SubjectColumn)->text(), QStringLiteral("Match"));
        QCOMPARE(carol.search(folder, "UNSEEN").size(), 2); // nothing flagged
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
