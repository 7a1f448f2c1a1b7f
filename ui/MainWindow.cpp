#include "MainWindow.h"

#include "AutostartEntry.h"
#include "mails/MailsPage.h"

#include "FirstRunPage.h"
#include "LogModel.h"
#include "LogView.h"
#include "ResourceActions.h"
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
    : QMainWindow(parent)
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

    QWidget *mailsPage = nullptr;
    if (store) {
        m_mails = new MailsPage(store, m_pages);
        mailsPage = m_mails;
    } else {
        mailsPage = new QWidget(m_pages);
        auto *mailsLayout = new QVBoxLayout(mailsPage);
        auto *mailsEmpty = new QLabel(tr("No mail store is open, so no mail can be listed."), mailsPage);
        mailsEmpty->setObjectName(QStringLiteral("mailsEmptyState"));
        mailsEmpty->setAlignment(Qt::AlignCenter);
        mailsEmpty->setWordWrap(true);
        mailsLayout->addWidget(mailsEmpty);
    }
    mailsPage->setObjectName(QStringLiteral("mailsPage"));
    m_pages->addTab(mailsPage, tr("&Mails"));
    if (store) {
        m_runs = new RunsPage(store, m_pages);
        m_pages->addTab(m_runs, tr("R&uns"));
    }

    m_actions
        = new ResourceActions(m_catalog, {m_panel, m_pages, m_settingsStack, m_emptyState, m_firstRun, m_form, m_mails}, this);

    auto *logModel = new LogModel(log, 0, this);
    auto *logView = new LogView(logModel, common::AppPaths::logDir(), m_pages);
    m_pages->addTab(logView, tr("&Log"));

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

    connect(m_panel, &ResourceListPanel::statusChanged, this, &MainWindow::updateTrayState);
    connect(m_actions, &ResourceActions::editingChanged, this, &MainWindow::updateTitle);
    connect(m_actions, &ResourceActions::statusMessage, statusBar(), &QStatusBar::showMessage);

    m_actions->loadCatalog();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

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
    m_saveAction = resource->addAction(tr("&Save"), m_actions, [this] { m_actions->save(); });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    resource->addSeparator();
    QAction *testSaved = resource->addAction(tr("&Test Saved Settings"), m_actions, &ResourceActions::testSavedSettings);
    testSaved->setObjectName(QStringLiteral("testSavedSettingsAction"));
    QAction *testAction = resource->addAction(tr("Test &Action"), m_actions, &ResourceActions::testAction);
    testAction->setObjectName(QStringLiteral("testActionAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About soar-imap"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::updateTitle()
{
    const bool editing = m_actions->isEditing();
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

void MainWindow::requestQuit()
{
    m_quitting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_actions->hasUnsavedChanges()) {
        event->ignore();
        const bool quitting = m_quitting;
        m_quitting = false;
        // close() is a no-op while this close event is still being handled.
        m_actions->guardUnsaved([this, quitting] {
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
