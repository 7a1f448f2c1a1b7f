#pragma once

#include "ResourceState.h"
#include "settings/ResourceSettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace soar::common {
class LogRingBuffer;
}
namespace soar::settings {
class SecretStore;
}

namespace soar::store {
class MailStore;
}

namespace soar::ui {

class FirstRunPage;
class ResourceActions;
class ResourceCatalog;
class ResourceForm;
class ResourceListPanel;
class MailsPage;
class RunsPage;
class TrayIcon;

// The analyst's main window: resources on the left; the selected resource's form, the mails
// and the live log on the right; the tray. Dependencies come in through the constructor.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // store: the local mail store for the Mails tab (without one the tab explains it is empty).
    MainWindow(const QString &settingsPath, settings::SecretStore *secrets, common::LogRingBuffer *log,
        store::MailStore *store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Daemon wiring: per-resource state for the dots and the tray icon.
    void setResourceStatus(const QString &name, ResourceState state, const QString &lastError = {});
    // Quits for real (File > Quit, tray Quit) instead of hiding to the tray.
    void requestQuit();

    ResourceListPanel *resourcePanel() const { return m_panel; }
    ResourceForm *form() const { return m_form; }
    ResourceCatalog *catalog() const { return m_catalog; }
    // Save, rename, remove and the test requests: the controller listens here directly.
    ResourceActions *resourceActions() const { return m_actions; }
    TrayIcon *tray() const { return m_tray; }
    MailsPage *mails() const { return m_mails; } // null without a store
    RunsPage *runs() const { return m_runs; } // null without a store

signals:
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateTitle();
    void updateTrayState();
    void showAbout();

    ResourceCatalog *m_catalog = nullptr;
    ResourceActions *m_actions = nullptr;
    ResourceListPanel *m_panel = nullptr;
    QTabWidget *m_pages = nullptr;
    QStackedWidget *m_settingsStack = nullptr;
    QLabel *m_emptyState = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    ResourceForm *m_form = nullptr;
    MailsPage *m_mails = nullptr;
    RunsPage *m_runs = nullptr;
    TrayIcon *m_tray = nullptr;
    QAction *m_saveAction = nullptr;

    bool m_quitting = false;
    bool m_trayHintShown = false;
};

} // namespace soar::ui
