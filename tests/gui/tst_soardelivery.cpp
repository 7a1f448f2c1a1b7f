// The desktop app and Cloud SOAR as an analyst operates them, against the rig's Dovecot and the
// local SOAR test server: Test connection on unsaved form values, a new token saved in the form
// resuming a paused delivery, Retry all failed in the Mails tab, the queue counts in the
// resource list and the tray, the Runs tab, and Test Action's incident preview. With
// SOAR_SCREENSHOT_DIR set, the views are also saved as pictures (docs/images/ holds them).
#include "AppController.h"
#include "AppFixture.h"
#include "GuiHelpers.h"
#include "ImapTestClient.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "RigEnvironment.h"
#include "RunsPage.h"
#include "SoarTestServer.h"
#include "TestActionDialog.h"
#include "TestMail.h"
#include "TestSettingsDialog.h"
#include "TrayIcon.h"
#include "WindowFixture.h"
#include "daemon/DaemonPool.h"
#include "mails/MailListModel.h"
#include "mails/MailsPage.h"
#include "store/MailStore.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace soar;
using namespace soar::test::gui;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::SoarTestServer;
using soar::test::TestMail;
using Fault = SoarTestServer::Fault;

namespace {
const QString kToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.gui-analyst.sig");
const QString kOldToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.gui-expired.sig");
} // namespace

class TestSoarDelivery : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SoarTestServer> m_server;

    static settings::ResourceSettings resource(const QString &name, const QUrl &soarUrl, int templateId)
    {
        settings::ResourceSettings r = AppFixture::rigResource(name, name);
        r.soar.url = soarUrl.toString();
        r.soar.incidentTemplateId = templateId;
        return r;
    }

    // One resource, selected, with carol's password and `soarSecret` in the keychain.
    struct App : AppFixture {
        bool open(const settings::ResourceSettings &r, const QString &soarSecret)
        {
            if (!AppFixture::open({r},
                    {{r.name + QStringLiteral("/imap-password"), RigEnvironment::kCarolPassword},
                        {r.name + QStringLiteral("/soar-secret"), soarSecret}}))
                return false;
            window()->resourcePanel()->setCurrent(r.name);
            return QTest::qWaitFor([this] { return fixture.secrets.readsInFlight == 0; }, 5000);
        }
        QString listText() const { return find<QListWidget>(window(), QStringLiteral("resourceList"))->item(0)->text(); }
        QString listToolTip() const { return find<QListWidget>(window(), QStringLiteral("resourceList"))->item(0)->toolTip(); }
    };

    static void capture(QWidget *widget, const QString &name)
    {
        const QString problem = screenshot(widget, name);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    static QTreeWidgetItem *stepRow(ui::TestSettingsDialog *dialog, const QString &title)
    {
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("testSteps"));
        for (int row = 0; tree && row < tree->topLevelItemCount(); ++row) {
            if (tree->topLevelItem(row)->text(0) == title)
                return tree->topLevelItem(row);
        }
        return nullptr;
    }

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void init()
    {
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::Legacy);
        m_server->acceptToken(kToken.toLatin1());
        QVERIFY(m_server->startPlain());
    }

    void cleanup()
    {
        QVERIFY2(m_server->violations().isEmpty(), qPrintable(m_server->violations().join(QLatin1Char('\n'))));
        m_server.reset();
    }

    void testConnectionUsesTheUnsavedToken()
    {
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY(carol.resetFolder(QStringLiteral("SoarGuiTest")));
        App app;
        QVERIFY(app.open(resource(QStringLiteral("SoarGuiTest"), m_server->apiUrl(), 0), kToken));
        app.controller->pool()->pauseAll();
        ui::ResourceForm *form = app.window()->form();
        auto *token = form->findChild<QLineEdit *>(QStringLiteral("soarToken"));
        QVERIFY(token);
        QCOMPARE(token->text(), kToken);
        token->setText(kOldToken); // typed, not saved

        auto *test = form->findChild<QPushButton *>(QStringLiteral("soarTestConnection"));
        QVERIFY(test && test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        const QString verdict = testVerdict(app.window(), QStringLiteral("testSettingsDialog"), QStringLiteral("testVerdict"));
        QVERIFY2(verdict.contains(QLatin1String("The test failed")), qPrintable(verdict));
        ui::TestSettingsDialog *dialog = newest<ui::TestSettingsDialog>(app.window(), QStringLiteral("testSettingsDialog"));
        QVERIFY(dialog);
        QTreeWidgetItem *reachable = stepRow(dialog, QStringLiteral("Cloud SOAR reachable"));
        QVERIFY(reachable && reachable->data(0, Qt::UserRole).toBool());
        QTreeWidgetItem *credentials = stepRow(dialog, QStringLiteral("Cloud SOAR credentials"));
        QVERIFY(credentials);
        QCOMPARE(credentials->data(0, Qt::UserRole).toBool(), false);
        QVERIFY2(credentials->text(1).contains(QLatin1String("invalid or expired")), qPrintable(credentials->text(1)));
        QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer ") + kOldToken.toLatin1());
        dialog->resize(1250, 260);
        capture(dialog, QStringLiteral("soar-test-connection"));
        // Used for the test only: the keychain keeps the saved token, the form its edit.
        QCOMPARE(app.fixture.secrets.entries.value(QStringLiteral("SoarGuiTest/soar-secret")), kToken);
        QVERIFY(form->isDirty());

        // The saved token passes, and the dialog names the incident rule (none here).
        dialog->close();
        token->setText(kToken);
        QTest::mouseClick(test, Qt::LeftButton);
        const QString passed = testVerdict(app.window(), QStringLiteral("testSettingsDialog"), QStringLiteral("testVerdict"));
        QVERIFY2(passed.contains(QLatin1String("All steps passed")), qPrintable(passed));
        QTreeWidgetItem *incidents = stepRow(newest<ui::TestSettingsDialog>(app.window(), QStringLiteral("testSettingsDialog")),
            QStringLiteral("Cloud SOAR incidents"));
        QVERIFY(incidents && incidents->text(1).contains(QLatin1String("No incident template ID is set")));
        QCOMPARE(m_server->incidentCount(), 0);
    }

    void aTokenSavedInTheFormResumesDelivery()
    {
        const QString name = QStringLiteral("SoarGuiRotate");
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY(carol.resetFolder(name));
        QVERIFY(carol.append(name, TestMail().subject(QStringLiteral("Reported before the new token")).raw()));
        App app;
        QVERIFY(app.open(resource(name, m_server->apiUrl(), 12), kOldToken));
        QSignalSpy back(app.controller->pool(), &daemon::DaemonPool::soarRecovered);
        // Delivery pauses on the 401; the resource list says why.
        QTRY_VERIFY_WITH_TIMEOUT(app.listToolTip().contains(QLatin1String("invalid or expired")), 30000);
        QTRY_VERIFY2(app.listText().contains(QLatin1String("1 pending")), qPrintable(app.listText()));
        QCOMPARE(m_server->incidentCount(), 0);

        auto *token = app.window()->form()->findChild<QLineEdit *>(QStringLiteral("soarToken"));
        token->setText(kToken);
        action(app.window(), QStringLiteral("saveAction"))->trigger();
        QVERIFY(back.wait(20000));
        QCOMPARE(m_server->incidentCount(), 1);
        QTRY_VERIFY2(app.listText().contains(QLatin1String("0 pending, 0 failed, 1 delivered")), qPrintable(app.listText()));
        QVERIFY2(!app.listToolTip().contains(QLatin1String("invalid or expired")), qPrintable(app.listToolTip()));
        QVERIFY(systemTray(app.window()->tray())
                    ->toolTip()
                    .contains(name + QStringLiteral(": Cloud SOAR: 0 pending, 0 failed, 1 delivered")));
        // The alert cleared itself: a toast says delivery works again, the 401 is gone from the status bar.
        QVERIFY2(toastText(app.window()).contains(QLatin1String("takes mail again")), qPrintable(toastText(app.window())));
        QVERIFY(!app.window()->statusBar()->currentMessage().contains(QLatin1String("invalid or expired")));
    }

    void retryAllFailedDeliversTheRefusedMail()
    {
        const QString name = QStringLiteral("SoarGuiRetry");
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY(carol.resetFolder(name));
        QVERIFY(carol.append(name, TestMail().subject(QStringLiteral("Refused one")).raw()));
        QVERIFY(carol.append(name, TestMail().subject(QStringLiteral("Refused two")).raw()));
        m_server->injectFault(Fault::answer(422, "{\"message\":\"field severity is required\"}"), 2);
        App app;
        QVERIFY(app.open(resource(name, m_server->apiUrl(), 12), kToken));
        QTRY_VERIFY_WITH_TIMEOUT(app.listText().contains(QLatin1String("0 pending, 2 failed, 0 delivered")), 30000);
        QVERIFY2(app.listToolTip().contains(QLatin1String("field severity is required")), qPrintable(app.listToolTip()));
        QCOMPARE(m_server->incidentCount(), 0);

        ui::MailsPage *mails = app.window()->mails();
        find<QTabWidget>(app.window(), QStringLiteral("pages"))->setCurrentWidget(mails);
        QTRY_COMPARE(mailModel(mails)->rowCount(), 2);
        auto *retry = mails->findChild<QPushButton *>(QStringLiteral("retryDelivery"));
        auto *retryAll = mails->findChild<QPushButton *>(QStringLiteral("retryAllFailed"));
        QVERIFY(retry && retryAll);
        QVERIFY(!retry->isEnabled()); // no mail selected
        mailTable(mails)->selectRow(0);
        QTRY_VERIFY(retry->isEnabled()); // its delivery failed
        app.window()->resize(1100, 700);
        capture(app.window(), QStringLiteral("soar-delivery"));

        QTest::mouseClick(retryAll, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->incidentCount(), 2, 20000);
        QTRY_VERIFY2(app.listText().contains(QLatin1String("0 pending, 0 failed, 2 delivered")), qPrintable(app.listText()));
        QTRY_VERIFY(!retry->isEnabled());
        // The list shows the new state without being asked.
        QTRY_COMPARE(mailModel(mails)->index(0, ui::MailListModel::StateColumn).data().toString(), QStringLiteral("Delivered"));
        QTRY_COMPARE(mailModel(mails)->index(1, ui::MailListModel::StateColumn).data().toString(), QStringLiteral("Delivered"));

        for (int created : m_server->incidentsCreatedPerKey())
            QCOMPARE(created, 1);

        // The Runs tab: the run that stored both mails, both delivered by now.
        ui::RunsPage *runs = app.window()->runs();
        QVERIFY(runs);
        find<QTabWidget>(app.window(), QStringLiteral("pages"))->setCurrentWidget(runs);
        QTableWidget *table = runs->findChild<QTableWidget *>(QStringLiteral("runsTable"));
        QTRY_VERIFY(table->rowCount() >= 1);
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, ui::RunsPage::StoredColumn)->text() == QLatin1String("2")) {
                found = true;
                QCOMPARE(table->item(row, ui::RunsPage::ResourceColumn)->text(), name);
                QCOMPARE(table->item(row, ui::RunsPage::DeliveredColumn)->text(), QStringLiteral("2"));
            }
        }
        QVERIFY(found);
        capture(app.window(), QStringLiteral("runs-tab"));
    }

    void testActionShowsTheIncidentEachMailWouldBecome()
    {
        const QString name = QStringLiteral("SoarGuiAction");
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY(carol.resetFolder(name));
        QVERIFY(carol.append(name, TestMail().subject(QStringLiteral("Invoice overdue")).raw()));
        App app;
        QVERIFY(app.open(resource(name, m_server->apiUrl(), 12), kToken));
        app.controller->pool()->pauseAll();
        action(app.window(), QStringLiteral("testActionAction"))->trigger();
        const QString summary
            = testVerdict(app.window(), QStringLiteral("testActionDialog"), QStringLiteral("testActionSummary"));
        QVERIFY2(summary.contains(QLatin1String("Nothing was stored or flagged")), qPrintable(summary));
        ui::TestActionDialog *dialog = newest<ui::TestActionDialog>(app.window(), QStringLiteral("testActionDialog"));
        QVERIFY(dialog);
        QTableWidget *results = find<QTableWidget>(dialog, QStringLiteral("testActionResults"));
        QCOMPARE(results->rowCount(), 1);
        const QString incident = results->item(0, ui::TestActionDialog::IncidentColumn)->text();
        QVERIFY2(incident.startsWith(QLatin1String("template 12: ")), qPrintable(incident));
        QVERIFY2(incident.contains(QLatin1String("description = Invoice overdue")), qPrintable(incident));
        QVERIFY2(incident.contains(QLatin1String("CSOAR Email ID = ")), qPrintable(incident));
        // In full under the table, one field per line.
        auto *full = dialog->findChild<QLabel *>(QStringLiteral("testActionIncident"));
        QVERIFY(full);
        QVERIFY2(full->text().startsWith(QLatin1String("Incident from template 12\n")), qPrintable(full->text()));
        QVERIFY2(full->text().contains(QLatin1String("\ndescription = Invoice overdue\n")), qPrintable(full->text()));
        QVERIFY2(full->text().contains(QLatin1String("\nstarttime = 2026-11-20T10:00:00Z")), qPrintable(full->text()));
        capture(dialog, QStringLiteral("test-action-incident"));
        QCOMPARE(m_server->incidentCount(), 0);
    }
};

QTEST_MAIN(TestSoarDelivery)
#include "tst_soardelivery.moc"
