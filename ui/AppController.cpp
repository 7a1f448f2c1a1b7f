#include "AppController.h"

#include <QPointer>
#include <QStatusBar>

#include "MainWindow.h"
#include "ResourceActions.h"
#include "ResourceCatalog.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "RunsPage.h"
#include "TestActionDialog.h"
#include "TestSettingsDialog.h"
#include "Toast.h"
#include "TrayIcon.h"
#include "daemon/DaemonPool.h"
#include "daemon/IncidentUpdater.h"
#include "daemon/SettingsTester.h"
#include "daemon/SoarSettingsTest.h"
#include "mails/MailDetailView.h"
#include "mails/MailsPage.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

namespace soar::ui {

using daemon::IncomingMailDaemon;

AppController::AppController(MainWindow *window, store::MailStore *store, settings::SecretStore *secrets, const QString &dataDir,
    const QString &storePath, QObject *parent)
    : QObject(parent), m_window(window), m_store(store), m_secrets(std::make_unique<settings::SecretResolver>(secrets)),
      m_pool(std::make_unique<daemon::DaemonPool>(store, m_secrets.get(), dataDir, storePath)), m_toast(new Toast(window))
{ }

AppController::~AppController()
{
    m_pool.reset();
}

void AppController::start()
{
    ResourceActions *actions = m_window->resourceActions();
    connect(actions, &ResourceActions::resourceSaved, this, &AppController::applySettings);
    // A new token or access key is not a settings change: a paused delivery resumes with it.
    connect(actions, &ResourceActions::resourceSaved, m_pool.get(), &daemon::DaemonPool::reloadSoarSecret);
    connect(m_window->form(), &ResourceForm::soarTestRequested, this, &AppController::testSoarConnection);
    connect(actions, &ResourceActions::resourceRemoved, this, &AppController::applySettings);
    connect(actions, &ResourceActions::resourceRenamed, this, &AppController::applySettings);
    connect(actions, &ResourceActions::testSavedSettingsRequested, this, &AppController::testSavedSettings);
    connect(actions, &ResourceActions::testActionRequested, this, &AppController::testAction);
    connect(m_window->form(), &ResourceForm::oauthSignedIn, this, &AppController::onSignedIn);
    connect(m_window->form(), &ResourceForm::resumeRequested, this, &AppController::resumeAfterSignIn);

    TrayIcon *tray = m_window->tray();
    connect(tray, &TrayIcon::pollNowRequested, m_pool.get(), &daemon::DaemonPool::pollAll);
    connect(tray, &TrayIcon::pauseAllRequested, this, [this, tray] {
        m_pool->pauseAll();
        tray->setPaused(true);
    });
    connect(tray, &TrayIcon::resumeAllRequested, this, [this, tray] {
        m_pool->resumeAll();
        tray->setPaused(false);
    });

    connect(m_pool.get(), &daemon::DaemonPool::resourceStateChanged, this, &AppController::onStateChanged);
    connect(m_pool.get(), &daemon::DaemonPool::resourceBlocked, this, [this](const QString &resource, const QString &reason) {
        m_window->setResourceStatus(resource, ResourceState::Error, reason);
    });
    connect(
        m_pool.get(), &daemon::DaemonPool::runFinished, this, [this, tray](const QString &resource, const store::RunRecord &run) {
            if (run.stored > 0)
                tray->notify(tr("New mail"), tr("%n new mail(s) stored for %1", nullptr, run.stored).arg(resource), false);
        });
    // RFC 3501 7.1: an [ALERT] must reach the person; the daemon logs it at warning too.
    connect(m_pool.get(), &daemon::DaemonPool::serverAlert, this, [this, tray](const QString &resource, const QString &text) {
        const QString message = tr("%1: message from the mail server: %2").arg(resource, text);
        tray->notify(tr("%1: message from the mail server").arg(resource), text, true);
        m_window->statusBar()->showMessage(message);
        m_toast->showMessage(message, true);
    });
    if (MailsPage *mails = m_window->mails()) {
        connect(m_pool.get(), &daemon::DaemonPool::mailStored, mails, &MailsPage::scheduleRefresh);
        connect(mails->detail(), &MailDetailView::incidentLinked, mails, &MailsPage::refresh);
        connect(mails->detail(), &MailDetailView::incidentLinked, this, &AppController::addToSoarIncident);
        connect(mails, &MailsPage::retryDeliveryRequested, this, &AppController::retrySoar);
        connect(mails, &MailsPage::retryAllFailedRequested, this, [this](const QString &resource) { retrySoar(resource, {}); });
        connect(m_pool.get(), &daemon::DaemonPool::soarCountsChanged, mails, &MailsPage::scheduleRefresh);
    }
    if (RunsPage *runs = m_window->runs()) {
        connect(m_pool.get(), &daemon::DaemonPool::runFinished, runs, [runs] {
            if (runs->isVisible())
                runs->refresh();
        });
    }
    connect(m_pool.get(), &daemon::DaemonPool::soarCountsChanged, this, &AppController::showSoarQueue);
    connect(m_pool.get(), &daemon::DaemonPool::soarRecovered, this, [this](const QString &resource) {
        const QString message = tr("%1: Cloud SOAR takes mail again.").arg(resource);
        m_window->statusBar()->showMessage(message);
        m_toast->showMessage(message, false);
        showSoarQueue(resource);
    });
    connect(m_pool.get(), &daemon::DaemonPool::soarProblem, this, [this](const QString &resource, const QString &message) {
        m_window->tray()->notify(tr("%1: Cloud SOAR").arg(resource), message, true);
        m_window->statusBar()->showMessage(message);
        showSoarQueue(resource);
    });
    connect(m_pool.get(), &daemon::DaemonPool::soarPendingChanged, this, [this](const QString &resource, int count) {
        m_window->statusBar()->showMessage(tr("%1: %n mail(s) waiting for Cloud SOAR", nullptr, count).arg(resource));
    });
    applySettings();
}

void AppController::addToSoarIncident(const QString &mailId, const QString &incidentId)
{
    const auto stored = m_store->mail(mailId);
    if (!stored.ok())
        return;
    const settings::ResourceSettings *r = m_window->catalog()->settings().resource(stored.value().resource);
    if (!r || !r->soar.isConfigured())
        return; // the link in the local store is all there is to do
    auto *updater = new daemon::IncidentUpdater(*r, m_secrets.get(), m_store, this);
    connect(updater, &daemon::IncidentUpdater::finished, this, [this, updater](bool ok, const QString &message) {
        m_toast->showMessage(message, !ok);
        updater->deleteLater();
    });
    updater->update(mailId, incidentId);
}

void AppController::applySettings()
{
    m_pool->apply(m_window->catalog()->settings());
    for (const settings::ResourceSettings &r : m_window->catalog()->settings().resources)
        showSoarQueue(r.name);
}

void AppController::showSoarQueue(const QString &resource)
{
    m_window->resourcePanel()->setSoarQueue(resource, m_pool->soarCounts(resource));
}

void AppController::retrySoar(const QString &resource, const QString &mailId)
{
    QStringList resources = resource.isEmpty() ? m_pool->resources() : QStringList {resource};
    int queued = 0;
    QStringList problems;
    for (const QString &name : resources) {
        if (resource.isEmpty() && !m_pool->soarCounts(name))
            continue; // "all resources": only those that deliver
        const auto retried = m_pool->retrySoar(name, mailId);
        if (retried.ok())
            queued += retried.value();
        else
            problems << retried.error().message;
        showSoarQueue(name);
    }
    if (!problems.isEmpty())
        m_toast->showMessage(problems.join(QLatin1Char(' ')), true);
    else if (queued == 0)
        m_toast->showMessage(tr("Nothing to retry: no mail was refused by Cloud SOAR or failed."), false);
    else
        m_toast->showMessage(tr("%n mail(s) queued for Cloud SOAR again.", nullptr, queued), false);
    if (MailsPage *mails = m_window->mails())
        mails->refresh();
}

void AppController::testSoarConnection()
{
    ResourceForm *form = m_window->form();
    const settings::ResourceSettings resource = form->current();
    auto *dialog = new TestSettingsDialog(resource.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Test connection — %1").arg(resource.name));
    auto *test = new daemon::SoarSettingsTest(resource, m_secrets.get(), this);
    // What is typed is tested, saved or not; an empty field leaves it to the secret command.
    const QString typed = form->currentSecrets().soarSecret;
    if (!typed.isEmpty())
        test->useSecret(typed);
    connect(test, &daemon::SoarSettingsTest::stepFinished, dialog, &TestSettingsDialog::addStep);
    connect(test, &daemon::SoarSettingsTest::finished, this, [test, dialog = QPointer<TestSettingsDialog>(dialog)](bool ok) {
        if (dialog)
            dialog->finish(ok);
        test->deleteLater();
    });
    dialog->show();
    test->start();
}

void AppController::onStateChanged(const QString &resource, IncomingMailDaemon::State state, const QString &lastError)
{
    ResourceState shown = ResourceState::Unknown;
    switch (state) {
    case IncomingMailDaemon::State::Connecting:
    case IncomingMailDaemon::State::Fetching:
        shown = ResourceState::Running;
        break;
    case IncomingMailDaemon::State::Idling:
    case IncomingMailDaemon::State::Waiting:
        shown = ResourceState::Ok;
        m_waitingForSignIn.remove(resource);
        break;
    case IncomingMailDaemon::State::Backoff:
        shown = ResourceState::Error;
        m_window->tray()->notify(tr("%1: fetching failed").arg(resource), lastError, true);
        break;
    case IncomingMailDaemon::State::Paused:
        shown = ResourceState::Paused;
        // Only the daemon itself pauses with an error: the OAuth sign-in is missing or no longer valid.
        if (!lastError.isEmpty() && !m_pool->isPaused() && !m_waitingForSignIn.contains(resource)) {
            m_waitingForSignIn.insert(resource);
            m_window->tray()->notify(tr("%1: sign in again").arg(resource),
                tr("The OAuth sign-in of %1 is missing or no longer valid. Select the resource, press Sign in on its "
                   "Connection page, then Resume fetching.")
                    .arg(resource),
                true);
        }
        break;
    case IncomingMailDaemon::State::Stopped:
        shown = lastError.isEmpty() ? ResourceState::Unknown : ResourceState::Error;
        break;
    }
    m_window->setResourceStatus(resource, shown, lastError);
}

void AppController::onSignedIn(const QString &resource)
{
    if (!m_waitingForSignIn.contains(resource))
        return;
    m_window->form()->offerResume(resource);
    m_toast->showMessage(tr("%1: signed in. Press Resume fetching to fetch again.").arg(resource), false);
}

void AppController::resumeAfterSignIn(const QString &resource)
{
    m_waitingForSignIn.remove(resource);
    if (daemon::IncomingMailDaemon *paused = m_pool->daemon(resource))
        paused->resume(); // connects again with a token from the new sign-in
    else
        applySettings();
    m_toast->showMessage(tr("%1: fetching resumed.").arg(resource), false);
}

void AppController::testSavedSettings(const QString &resource)
{
    const settings::ResourceSettings *r = m_window->catalog()->settings().resource(resource);
    if (!r)
        return;
    auto *dialog = new TestSettingsDialog(resource, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *tester = new daemon::SettingsTester(*r, m_secrets.get(), this);
    connect(tester, &daemon::SettingsTester::stepFinished, dialog, &TestSettingsDialog::addStep);
    connect(tester, &daemon::SettingsTester::finished, this,
        [this, tester, dialog = QPointer<TestSettingsDialog>(dialog), resource](bool ok) {
            if (dialog)
                dialog->finish(ok);
            QString failed;
            for (const auto &step : tester->steps()) {
                if (!step.ok)
                    failed = step.title + QStringLiteral(": ") + step.message;
            }
            m_toast->showMessage(
                ok ? tr("%1: all settings tests passed.").arg(resource) : tr("%1: %2").arg(resource, failed), !ok);
            if (ok && !tester->folders().isEmpty() && m_window->resourcePanel()->current() == resource)
                m_window->form()->setFolderChoices(tester->folders());
            tester->deleteLater();
        });
    dialog->show();
    tester->start();
}

void AppController::testAction(const QString &resource)
{
    const settings::ResourceSettings *r = m_window->catalog()->settings().resource(resource);
    if (!r)
        return;
    auto *dialog = new TestActionDialog(resource, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResource(*r);
    IncomingMailDaemon::Options options;
    options.once = true;
    options.dryRun = true; // read-only EXAMINE: no run lock needed, nothing stored or flagged
    auto *dryRun = new IncomingMailDaemon(*r, m_secrets.get(), m_store, options, this);
    connect(dryRun, &IncomingMailDaemon::stopped, this, [dryRun, dialog = QPointer<TestActionDialog>(dialog)] {
        const bool ok = !dryRun->lastError().isError();
        if (dialog) {
            if (ok)
                dialog->showResults(dryRun->lastMails(), dryRun->lastRun());
            else
                dialog->showError(dryRun->lastError().toString());
        }
        dryRun->deleteLater();
    });
    dialog->show();
    dryRun->start();
}

} // namespace soar::ui
