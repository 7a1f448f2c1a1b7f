#include "MainWindow.h"

#include "AutostartEntry.h"
#include "mails/MailsPage.h"

#include "DialogPrompter.h"
#include "FirstRunPage.h"
#include "LogModel.h"
#include "LogView.h"
#include "ResourceCatalog.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "RunsPage.h"
#include "TrayIcon.h"
#include "UiResources.h"
#include "common/AppPaths.h"
#include "common/Version.h"
#include "settings/KeychainSecretStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace soar::ui {

MainWindow::MainWindow(const QString &settingsPath, settings::SecretStore *secrets, common::LogRingBuffer *log,
    store::MailStore *store, QWidget *parent)
    : QMainWindow(parent), m_secrets(secrets), m_prompter(std::make_unique<DialogPrompter>())
{
    Q_ASSERT(secrets);
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/soar-imap.svg")));
    m_catalog = new ResourceCatalog(settingsPath, secrets, this);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_panel = new ResourceListPanel(splitter);

    m_pages = new QTabWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_settingsStack = new QStackedWidget(m_pages);
    m_settingsStack->setObjectName(QStringLiteral("settingsStack"));
    m_emptyState = new QLabel(tr("<h3>No mailbox connected yet</h3>"
                                 "<p>Add a resource to connect a mailbox over IMAP, test it, and watch mail flow in.</p>"),
        m_settingsStack);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_form = new ResourceForm(secrets, m_settingsStack);
    m_firstRun = new FirstRunPage(m_settingsStack);
    m_firstRun->setKeychain(secrets);
    m_settingsStack->addWidget(m_emptyState);
    m_settingsStack->addWidget(m_firstRun);
    m_settingsStack->addWidget(m_form);
    m_pages->addTab(m_settingsStack, tr("Se&ttings"));

    if (store) {
        m_mails = new MailsPage(store, m_pages);
        m_mailsPage = m_mails;
    } else {
        m_mailsPage = new QWidget(m_pages);
        auto *mailsLayout = new QVBoxLayout(m_mailsPage);
        auto *mailsEmpty = new QLabel(tr("No mail store is open, so no mail can be listed."), m_mailsPage);
        mailsEmpty->setObjectName(QStringLiteral("mailsEmptyState"));
        mailsEmpty->setAlignment(Qt::AlignCenter);
        mailsEmpty->setWordWrap(true);
        mailsLayout->addWidget(mailsEmpty);
    }
    m_mailsPage->setObjectName(QStringLiteral("mailsPage"));
    m_pages->addTab(m_mailsPage, tr("&Mails"));
    if (store) {
        m_runs = new RunsPage(store, m_pages);
        m_pages->addTab(m_runs, tr("R&uns"));
    }

    m_logModel = new LogModel(log, 0, this);
    m_logView = new LogView(m_logModel, common::AppPaths::logDir(), m_pages);
    m_pages->addTab(m_logView, tr("&Log"));

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 860});
    setCentralWidget(splitter);

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::requestQuit);
    if (TrayIcon::isAvailable())
        m_tray->show();

    buildMenus();

    connect(m_panel, &ResourceListPanel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_panel, &ResourceListPanel::addRequested, this, &MainWindow::addResource);
    connect(m_panel, &ResourceListPanel::duplicateRequested, this, &MainWindow::duplicateResource);
    connect(m_panel, &ResourceListPanel::renameRequested, this, &MainWindow::renameResource);
    connect(m_panel, &ResourceListPanel::removeRequested, this, &MainWindow::removeResource);
    connect(m_panel, &ResourceListPanel::statusChanged, this, &MainWindow::updateTrayState);
    connect(m_form, &ResourceForm::saveRequested, this, [this] { save(); });
    connect(m_form, &ResourceForm::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_firstRun, &FirstRunPage::finished, this, &MainWindow::finishFirstRun);
    connect(m_firstRun, &FirstRunPage::fullFormRequested, this, &MainWindow::addResource);

    loadCatalog();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *autostart = file->addAction(tr("Start at &Login"));
    autostart->setObjectName(QStringLiteral("autostartAction"));
    autostart->setCheckable(true);
    autostart->setChecked(AutostartEntry::isEnabled());
    autostart->setStatusTip(tr("Start soar-imap in the tray when you log in, so mail keeps flowing in"));
    connect(autostart, &QAction::toggled, this, [this, autostart](bool on) {
        if (!AutostartEntry::setEnabled(on)) {
            const QSignalBlocker block(autostart);
            autostart->setChecked(!on);
            statusBar()->showMessage(tr("Could not change %1").arg(AutostartEntry::path()));
        }
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::requestQuit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *resource = menuBar()->addMenu(tr("&Resource"));
    resource->addActions({m_panel->addAction(), m_panel->duplicateAction(), m_panel->renameAction(), m_panel->removeAction()});
    resource->addSeparator();
    m_saveAction = resource->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    resource->addSeparator();
    m_testSaved
        = resource->addAction(tr("&Test Saved Settings"), this, [this] { runTest(&MainWindow::testSavedSettingsRequested); });
    m_testSaved->setObjectName(QStringLiteral("testSavedSettingsAction"));
    m_testAction = resource->addAction(tr("Test &Action"), this, [this] { runTest(&MainWindow::testActionRequested); });
    m_testAction->setObjectName(QStringLiteral("testActionAction"));
    setDaemonConnected(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About soar-imap"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::loadCatalog()
{
    const common::Result<void> loaded = m_catalog->load();
    const QStringList names = m_catalog->names();
    m_catalogOk = loaded.ok();
    refreshList(names.value(0));
    if (!loaded.ok()) {
        statusBar()->showMessage(tr("The settings file has errors: %1").arg(loaded.error().message));
        m_emptyState->setText(tr("<h3>The settings file has errors</h3><p>%1</p><p>%2</p>")
                                  .arg(m_catalog->path().toHtmlEscaped(), loaded.error().message.toHtmlEscaped()));
        m_panel->addAction()->setEnabled(false);
    } else {
        statusBar()->showMessage(tr("%n resource(s) loaded from %1", nullptr, int(names.size())).arg(m_catalog->path()));
    }
}

void MainWindow::refreshList(const QString &select)
{
    m_panel->setResources(m_catalog->names(), m_draftName);
    if (m_mails)
        m_mails->setResources(m_catalog->names());
    if (!select.isEmpty())
        m_panel->setCurrent(select);
    showResource(m_panel->current());
}

void MainWindow::showResource(const QString &name)
{
    if (name.isEmpty()) {
        const bool firstRun = m_catalogOk && m_catalog->names().isEmpty() && m_draftName.isEmpty();
        m_settingsStack->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_firstRun) : m_emptyState);
    } else {
        m_settingsStack->setCurrentWidget(m_form);
        const settings::ResourceSettings *resource = m_catalog->resource(name);
        if (resource && (m_form->resourceName() != name || m_form->isDraft()))
            m_form->load(*resource);
    }
    updateTitle();
}

QWidget *MainWindow::currentSettingsPage() const
{
    return m_settingsStack->currentWidget();
}

void MainWindow::finishFirstRun(const settings::ResourceSettings &resource, const ResourceSecrets &secrets)
{
    if (const auto problem = m_catalog->nameProblem(resource.name)) {
        m_firstRun->setError(*problem);
        return;
    }
    m_firstRun->setBusy(true);
    m_firstRun->setError(QString());
    m_catalog->save(QString(), resource, secrets, {}, [this, resource](const common::Result<void> &result) {
        m_firstRun->setBusy(false);
        if (!m_catalog->resource(resource.name)) { // the settings file was not written
            m_firstRun->setError(result.error().message);
            return;
        }
        m_firstRun->reset(); // the typed password does not linger in a hidden page
        refreshList(resource.name);
        m_pages->setCurrentWidget(m_settingsStack);
        emit resourceSaved(resource.name);
        if (!result.ok()) {
            // Saved without its password: the form says why and keeps the field to retry.
            m_form->setGeneralError(result.error().message);
            return;
        }
        statusBar()->showMessage(tr("Saved %1").arg(resource.name), 5000);
        if (m_testSaved->isEnabled())
            emit testSavedSettingsRequested(resource.name);
    });
}

void MainWindow::updateTitle()
{
    const bool editing = m_settingsStack->currentWidget() == m_form && !m_form->resourceName().isEmpty();
    setWindowTitle(editing ? tr("%1[*] — soar-imap").arg(m_form->resourceName()) : tr("soar-imap"));
    setWindowModified(editing && m_form->isDirty());
    const bool hasResource = !m_panel->current().isEmpty();
    m_saveAction->setEnabled(hasResource);
}

void MainWindow::updateTrayState()
{
    m_tray->setOverallState(ResourceStateIcons::overall(m_panel->states()), m_panel->soarSummary());
}

void MainWindow::setResourceStatus(const QString &name, ResourceState state, const QString &lastError)
{
    m_panel->setStatus(name, state, lastError);
}

void MainWindow::setDaemonConnected(bool connected)
{
    for (QAction *action : {m_testSaved, m_testAction}) {
        action->setEnabled(connected);
        action->setToolTip(connected ? QString() : tr("Available when the daemon is connected"));
    }
    m_testSaved->setStatusTip(m_testSaved->toolTip());
    m_testAction->setStatusTip(m_testAction->toolTip());
}

void MainWindow::runTest(void (MainWindow::*signal)(const QString &))
{
    // The test runs on the saved settings, so unsaved edits are saved or dropped first.
    guardUnsaved([this, signal] {
        const QString name = m_panel->current();
        if (!name.isEmpty() && m_catalog->resource(name))
            emit(this->*signal)(name);
    });
}

void MainWindow::guardUnsaved(const std::function<void()> &proceed)
{
    if (m_settingsStack->currentWidget() != m_form || !m_form->isDirty()) {
        proceed();
        return;
    }
    switch (m_prompter->askUnsaved(this, m_form->resourceName())) {
    case Prompter::UnsavedChoice::Save:
        save([proceed](bool saved) {
            if (saved)
                proceed();
        });
        break;
    case Prompter::UnsavedChoice::Discard:
        discardChanges();
        proceed();
        break;
    case Prompter::UnsavedChoice::Cancel:
        break;
    }
}

void MainWindow::save(const std::function<void(bool)> &done)
{
    if (m_settingsStack->currentWidget() != m_form || m_form->resourceName().isEmpty()) {
        if (done)
            done(false);
        return;
    }
    const QList<settings::SettingsIssue> issues = m_form->issues();
    if (!issues.isEmpty()) {
        m_prompter->showError(this, tr("Cannot save"),
            tr("The resource \"%1\" cannot be saved yet:\n%2")
                .arg(m_form->resourceName(), settings::SettingsIssue::joined(issues)));
        m_form->focusField(issues.first().key);
        if (done)
            done(false);
        return;
    }
    const settings::ResourceSettings resource = m_form->current();
    m_form->setSaving(true);
    m_form->setGeneralError(QString());
    m_catalog->save(resource.name, resource, m_form->currentSecrets(), m_form->savedSecrets(),
        [this, resource, done](const common::Result<void> &result) {
            m_form->setSaving(false);
            const bool wasDraft = resource.name == m_draftName;
            if (wasDraft && m_catalog->resource(resource.name)) {
                m_draftName.clear();
                refreshList(resource.name);
            }
            if (result.ok()) {
                m_form->markSaved(resource);
                statusBar()->showMessage(tr("Saved %1").arg(resource.name), 5000);
                emit resourceSaved(resource.name);
            } else {
                m_form->setGeneralError(result.error().message);
                statusBar()->showMessage(tr("Could not save %1").arg(resource.name), 5000);
            }
            updateTitle();
            if (done)
                done(result.ok());
        });
}

void MainWindow::discardChanges()
{
    if (m_form->isDraft()) {
        m_draftName.clear();
        m_form->load(settings::ResourceSettings {});
        refreshList(m_catalog->names().value(0));
    } else {
        m_form->revert();
    }
    updateTitle();
}

void MainWindow::onCurrentChanged(const QString &current, const QString &previous)
{
    if (m_switching)
        return;
    const bool leavingDirtyForm = !previous.isEmpty() && previous == m_form->resourceName() && m_form->isDirty();
    if (!leavingDirtyForm) {
        showResource(current);
        return;
    }
    // Ask outside the list's selection signal; stay on the previous resource until the analyst
    // decided about its changes.
    QMetaObject::invokeMethod(
        this,
        [this, current, previous] {
            selectQuietly(previous);
            guardUnsaved([this, current] {
                selectQuietly(current);
                showResource(m_panel->current());
            });
        },
        Qt::QueuedConnection);
}

void MainWindow::selectQuietly(const QString &name)
{
    m_switching = true;
    m_panel->setResources(m_catalog->names(), m_draftName);
    m_panel->setCurrent(name);
    m_switching = false;
}

void MainWindow::addResource()
{
    guardUnsaved([this] {
        const std::optional<QString> name
            = m_prompter->askName(this, tr("Add resource"), m_catalog->freeName(QStringLiteral("mailbox")));
        if (!name)
            return;
        if (const auto problem = m_catalog->nameProblem(*name)) {
            m_prompter->showError(this, tr("Add resource"), *problem);
            return;
        }
        settings::ResourceSettings resource;
        resource.name = *name;
        m_draftName = *name;
        m_form->load(resource, true);
        selectQuietly(*name);
        m_settingsStack->setCurrentWidget(m_form);
        m_pages->setCurrentWidget(m_settingsStack);
        updateTitle();
    });
}

void MainWindow::duplicateResource(const QString &name)
{
    guardUnsaved([this, name] {
        const settings::ResourceSettings *source = m_catalog->resource(name);
        if (!source)
            return;
        const std::optional<QString> copyName
            = m_prompter->askName(this, tr("Duplicate resource"), m_catalog->freeName(tr("%1 copy").arg(name)));
        if (!copyName)
            return;
        if (const auto problem = m_catalog->nameProblem(*copyName)) {
            m_prompter->showError(this, tr("Duplicate resource"), *problem);
            return;
        }
        settings::ResourceSettings copy = *source;
        copy.name = *copyName;
        m_draftName = *copyName;
        m_form->load(copy, true, name);
        selectQuietly(*copyName);
        m_settingsStack->setCurrentWidget(m_form);
        updateTitle();
    });
}

void MainWindow::renameResource(const QString &name)
{
    if (name.isEmpty())
        return;
    const std::optional<QString> newName = m_prompter->askName(this, tr("Rename resource"), name);
    if (!newName || *newName == name)
        return;
    if (const auto problem = m_catalog->nameProblem(*newName, name)) {
        m_prompter->showError(this, tr("Rename resource"), *problem);
        return;
    }
    if (name == m_draftName) {
        m_draftName = *newName;
        m_form->renameTo(*newName);
        refreshList(*newName);
        return;
    }
    m_catalog->rename(name, *newName, [this, name, newName = *newName](const common::Result<void> &result) {
        if (m_form->resourceName() == name)
            m_form->renameTo(newName);
        if (m_catalog->resource(newName)) {
            selectQuietly(newName);
            emit resourceRenamed(name, newName);
        }
        if (!result.ok())
            m_prompter->showError(this, tr("Rename resource"), result.error().message);
        updateTitle();
    });
}

void MainWindow::removeResource(const QString &name)
{
    if (name.isEmpty() || !m_prompter->confirmRemove(this, name))
        return;
    if (name == m_draftName) {
        discardChanges();
        return;
    }
    m_catalog->remove(name, [this, name](const common::Result<void> &result) {
        if (m_form->resourceName() == name)
            m_form->load(settings::ResourceSettings {});
        refreshList(m_catalog->names().value(0));
        if (!m_catalog->resource(name))
            emit resourceRemoved(name);
        if (!result.ok())
            m_prompter->showError(this, tr("Remove resource"), result.error().message);
    });
}

void MainWindow::requestQuit()
{
    m_quitting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsStack->currentWidget() == m_form && m_form->isDirty()) {
        event->ignore();
        const bool quitting = m_quitting;
        m_quitting = false;
        // close() is a no-op while this close event is still being handled.
        guardUnsaved([this, quitting] {
            QMetaObject::invokeMethod(
                this,
                [this, quitting] {
                    m_quitting = quitting;
                    close();
                },
                Qt::QueuedConnection);
        });
        return;
    }
    if (!m_quitting && m_tray->isVisible()) {
        // Polling goes on in the tray; say so once.
        event->ignore();
        hide();
        if (!m_trayHintShown) {
            m_trayHintShown = true;
            m_tray->notify(tr("soar-imap is still running"),
                tr("Mail keeps being fetched in the background. Use Quit in the tray menu to stop."), false);
        }
        return;
    }
    event->accept();
    if (m_quitting)
        emit quitRequested();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About soar-imap"),
        tr("<h3>soar-imap %1</h3><p>Connects a mailbox to your SOAR platform over IMAP.</p>")
            .arg(QString::fromLatin1(common::kVersion)));
}

} // namespace soar::ui
