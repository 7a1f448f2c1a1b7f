#pragma once

#include "ResourceSecrets.h"
#include "settings/ResourceSettings.h"

#include <QObject>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QWidget;

namespace soar::ui {

class FirstRunPage;
class MailsPage;
class ResourceCatalog;
class ResourceForm;
class ResourceListPanel;

// What the analyst does to resources, beside AppController (which runs them): add, duplicate,
// rename, remove, save and revert through the form, switching resources or running a test with
// unsaved changes, the first-run setup, and which settings page is shown. MainWindow lays the
// widgets out and forwards the signals; the settings file changes only through the catalog.
class ResourceActions : public QObject {
    Q_OBJECT
public:
    // The widgets this class drives; all owned by the window.
    struct Widgets {
        ResourceListPanel *panel = nullptr;
        QTabWidget *pages = nullptr;
        QStackedWidget *settingsStack = nullptr;
        QLabel *emptyState = nullptr;
        FirstRunPage *firstRun = nullptr;
        ResourceForm *form = nullptr;
        MailsPage *mails = nullptr; // null without a store
    };

    // window: the parent of the prompter's dialogs.
    ResourceActions(ResourceCatalog *catalog, const Widgets &widgets, QWidget *window);

    // Reads the settings file and shows the first resource, the first run, or what is wrong.
    void loadCatalog();
    // True while the form shows a resource with unsaved changes.
    bool hasUnsavedChanges() const;
    // Whether the form shows a resource (the window's title names it).
    bool isEditing() const;
    // Runs proceed now, or after the analyst saved or discarded the form's unsaved changes.
    void guardUnsaved(const std::function<void()> &proceed);
    void save(const std::function<void(bool)> &done = {});
    // Test Saved Settings / Test Action on the selected resource, once its settings are saved.
    void testSavedSettings();
    void testAction();

signals:
    void testSavedSettingsRequested(const QString &resource);
    void testActionRequested(const QString &resource);
    void resourceSaved(const QString &resource);
    void resourceRemoved(const QString &resource);
    void resourceRenamed(const QString &from, const QString &to);
    // The shown resource or its unsaved state changed: the window updates its title.
    void editingChanged();
    void statusMessage(const QString &message, int timeoutMs);

private:
    void refreshList(const QString &select);
    void showResource(const QString &name);
    // Selects name in the list without treating it as the analyst switching resources.
    void selectQuietly(const QString &name);
    void discardChanges();
    void runTest(void (ResourceActions::*signal)(const QString &));
    void addResource();
    void duplicateResource(const QString &name);
    void renameResource(const QString &name);
    void removeResource(const QString &name);
    void onCurrentChanged(const QString &current, const QString &previous);
    // Saves the first-run resource like the form does, then runs Test Saved Settings on it.
    void finishFirstRun(const settings::ResourceSettings &resource, const ResourceSecrets &secrets);

    ResourceCatalog *m_catalog;
    Widgets m_w;
    QWidget *m_window;
    QString m_draftName; // a resource added but not saved yet
    bool m_switching = false;
    bool m_catalogOk = true; // a settings file with errors shows why instead of the first run
};

} // namespace soar::ui
