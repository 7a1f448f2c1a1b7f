#include "ResourceActions.h"

#include "DialogPrompter.h"
#include "FirstRunPage.h"
#include "ResourceCatalog.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "mails/MailsPage.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>

namespace soar::ui {

ResourceActions::ResourceActions(ResourceCatalog *catalog, const Widgets &widgets, QWidget *window)
    : QObject(window), m_catalog(catalog), m_w(widgets), m_window(window)
{
    connect(m_w.panel, &ResourceListPanel::currentChanged, this, &ResourceActions::onCurrentChanged);
    connect(m_w.panel, &ResourceListPanel::addRequested, this, &ResourceActions::addResource);
    connect(m_w.panel, &ResourceListPanel::duplicateRequested, this, &ResourceActions::duplicateResource);
    connect(m_w.panel, &ResourceListPanel::renameRequested, this, &ResourceActions::renameResource);
    connect(m_w.panel, &ResourceListPanel::removeRequested, this, &ResourceActions::removeResource);
    connect(m_w.form, &ResourceForm::saveRequested, this, [this] { save(); });
    connect(m_w.form, &ResourceForm::dirtyChanged, this, &ResourceActions::editingChanged);
    connect(m_w.firstRun, &FirstRunPage::finished, this, &ResourceActions::finishFirstRun);
    connect(m_w.firstRun, &FirstRunPage::fullFormRequested, this, &ResourceActions::addResource);
}

void ResourceActions::loadCatalog()
{
    const common::Result<void> loaded = m_catalog->load();
    const QStringList names = m_catalog->names();
    m_catalogOk = loaded.ok();
    refreshList(names.value(0));
    if (!loaded.ok()) {
        emit statusMessage(tr("The settings file has errors: %1").arg(loaded.error().message), 0);
        m_w.emptyState->setText(tr("<h3>The settings file has errors</h3><p>%1</p><p>%2</p>")
                                    .arg(m_catalog->path().toHtmlEscaped(), loaded.error().message.toHtmlEscaped()));
        m_w.panel->addAction()->setEnabled(false);
    } else {
        emit statusMessage(tr("%n resource(s) loaded from %1", nullptr, int(names.size())).arg(m_catalog->path()), 0);
    }
}

bool ResourceActions::isEditing() const
{
    return m_w.settingsStack->currentWidget() == m_w.form && !m_w.form->resourceName().isEmpty();
}

bool ResourceActions::hasUnsavedChanges() const
{
    return m_w.settingsStack->currentWidget() == m_w.form && m_w.form->isDirty();
}

void ResourceActions::refreshList(const QString &select)
{
    m_w.panel->setResources(m_catalog->names(), m_draftName);
    if (m_w.mails)
        m_w.mails->setResources(m_catalog->names());
    if (!select.isEmpty())
        m_w.panel->setCurrent(select);
    showResource(m_w.panel->current());
}

void ResourceActions::showResource(const QString &name)
{
    if (name.isEmpty()) {
        const bool firstRun = m_catalogOk && m_catalog->names().isEmpty() && m_draftName.isEmpty();
        m_w.settingsStack->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_w.firstRun) : m_w.emptyState);
    } else {
        m_w.settingsStack->setCurrentWidget(m_w.form);
        const settings::ResourceSettings *resource = m_catalog->resource(name);
        if (resource && (m_w.form->resourceName() != name || m_w.form->isDraft()))
            m_w.form->load(*resource);
    }
    emit editingChanged();
}

void ResourceActions::finishFirstRun(const settings::ResourceSettings &resource, const ResourceSecrets &secrets)
{
    if (const auto problem = m_catalog->nameProblem(resource.name)) {
        m_w.firstRun->setError(*problem);
        return;
    }
    m_w.firstRun->setBusy(true);
    m_w.firstRun->setError(QString());
    m_catalog->save(QString(), resource, secrets, {}, [this, resource](const common::Result<void> &result) {
        m_w.firstRun->setBusy(false);
        if (!m_catalog->resource(resource.name)) { // the settings file was not written
            m_w.firstRun->setError(result.error().message);
            return;
        }
        m_w.firstRun->reset(); // the typed password does not linger in a hidden page
        refreshList(resource.name);
        m_w.pages->setCurrentWidget(m_w.settingsStack);
        emit resourceSaved(resource.name);
        if (!result.ok()) {
            // Saved without its password: the form says why and keeps the field to retry.
            m_w.form->setGeneralError(result.error().message);
            return;
        }
        emit statusMessage(tr("Saved %1").arg(resource.name), 5000);
        emit testSavedSettingsRequested(resource.name);
    });
}

void ResourceActions::testSavedSettings()
{
    runTest(&ResourceActions::testSavedSettingsRequested);
}

void ResourceActions::testAction()
{
    runTest(&ResourceActions::testActionRequested);
}

void ResourceActions::runTest(void (ResourceActions::*signal)(const QString &))
{
    // The test runs on the saved settings, so unsaved edits are saved or dropped first.
    guardUnsaved([this, signal] {
        const QString name = m_w.panel->current();
        if (!name.isEmpty() && m_catalog->resource(name))
            emit(this->*signal)(name);
    });
}

void ResourceActions::guardUnsaved(const std::function<void()> &proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    switch (DialogPrompter::askUnsaved(m_window, m_w.form->resourceName())) {
    case DialogPrompter::UnsavedChoice::Save:
        save([proceed](bool saved) {
            if (saved)
                proceed();
        });
        break;
    case DialogPrompter::UnsavedChoice::Discard:
        discardChanges();
        proceed();
        break;
    case DialogPrompter::UnsavedChoice::Cancel:
        break;
    }
}

void ResourceActions::save(const std::function<void(bool)> &done)
{
    if (!isEditing()) {
        if (done)
            done(false);
        return;
    }
    ResourceForm *form = m_w.form;
    const QList<settings::SettingsIssue> issues = form->issues();
    if (!issues.isEmpty()) {
        DialogPrompter::showError(m_window, tr("Cannot save"),
            tr("The resource \"%1\" cannot be saved yet:\n%2")
                .arg(form->resourceName(), settings::SettingsIssue::joined(issues)));
        form->focusField(issues.first().key);
        if (done)
            done(false);
        return;
    }
    const settings::ResourceSettings resource = form->current();
    form->setSaving(true);
    form->setGeneralError(QString());
    m_catalog->save(resource.name, resource, form->currentSecrets(), form->savedSecrets(),
        [this, form, resource, done](const common::Result<void> &result) {
            form->setSaving(false);
            const bool wasDraft = resource.name == m_draftName;
            if (wasDraft && m_catalog->resource(resource.name)) {
                m_draftName.clear();
                refreshList(resource.name);
            }
            if (result.ok()) {
                form->markSaved(resource);
                emit statusMessage(tr("Saved %1").arg(resource.name), 5000);
                emit resourceSaved(resource.name);
            } else {
                form->setGeneralError(result.error().message);
                emit statusMessage(tr("Could not save %1").arg(resource.name), 5000);
            }
            emit editingChanged();
            if (done)
                done(result.ok());
        });
}

void ResourceActions::discardChanges()
{
    if (m_w.form->isDraft()) {
        m_draftName.clear();
        m_w.form->load(settings::ResourceSettings {});
        refreshList(m_catalog->names().value(0));
    } else {
        m_w.form->revert();
    }
    emit editingChanged();
}

void ResourceActions::onCurrentChanged(const QString &current, const QString &previous)
{
    if (m_switching)
        return;
    const bool leavingDirtyForm = !previous.isEmpty() && previous == m_w.form->resourceName() && m_w.form->isDirty();
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
                showResource(m_w.panel->current());
            });
        },
        Qt::QueuedConnection);
}

void ResourceActions::selectQuietly(const QString &name)
{
    m_switching = true;
    m_w.panel->setResources(m_catalog->names(), m_draftName);
    m_w.panel->setCurrent(name);
    m_switching = false;
}

void ResourceActions::addResource()
{
    guardUnsaved([this] {
        const std::optional<QString> name
            = DialogPrompter::askName(m_window, tr("Add resource"), m_catalog->freeName(QStringLiteral("mailbox")));
        if (!name)
            return;
        if (const auto problem = m_catalog->nameProblem(*name)) {
            DialogPrompter::showError(m_window, tr("Add resource"), *problem);
            return;
        }
        settings::ResourceSettings resource;
        resource.name = *name;
        m_draftName = *name;
        m_w.form->load(resource, true);
        selectQuietly(*name);
        m_w.settingsStack->setCurrentWidget(m_w.form);
        m_w.pages->setCurrentWidget(m_w.settingsStack);
        emit editingChanged();
    });
}

void ResourceActions::duplicateResource(const QString &name)
{
    guardUnsaved([this, name] {
        const settings::ResourceSettings *source = m_catalog->resource(name);
        if (!source)
            return;
        const std::optional<QString> copyName
            = DialogPrompter::askName(m_window, tr("Duplicate resource"), m_catalog->freeName(tr("%1 copy").arg(name)));
        if (!copyName)
            return;
        if (const auto problem = m_catalog->nameProblem(*copyName)) {
            DialogPrompter::showError(m_window, tr("Duplicate resource"), *problem);
            return;
        }
        settings::ResourceSettings copy = *source;
        copy.name = *copyName;
        m_draftName = *copyName;
        m_w.form->load(copy, true, name);
        selectQuietly(*copyName);
        m_w.settingsStack->setCurrentWidget(m_w.form);
        emit editingChanged();
    });
}

void ResourceActions::renameResource(const QString &name)
{
    if (name.isEmpty())
        return;
    const std::optional<QString> newName = DialogPrompter::askName(m_window, tr("Rename resource"), name);
    if (!newName || *newName == name)
        return;
    if (const auto problem = m_catalog->nameProblem(*newName, name)) {
        DialogPrompter::showError(m_window, tr("Rename resource"), *problem);
        return;
    }
    if (name == m_draftName) {
        m_draftName = *newName;
        m_w.form->renameTo(*newName);
        refreshList(*newName);
        return;
    }
    m_catalog->rename(name, *newName, [this, name, newName = *newName](const common::Result<void> &result) {
        if (m_w.form->resourceName() == name)
            m_w.form->renameTo(newName);
        if (m_catalog->resource(newName)) {
            selectQuietly(newName);
            emit resourceRenamed(name, newName);
        }
        if (!result.ok())
            DialogPrompter::showError(m_window, tr("Rename resource"), result.error().message);
        emit editingChanged();
    });
}

void ResourceActions::removeResource(const QString &name)
{
    if (name.isEmpty() || !DialogPrompter::confirmRemove(m_window, name))
        return;
    if (name == m_draftName) {
        discardChanges();
        return;
    }
    m_catalog->remove(name, [this, name](const common::Result<void> &result) {
        if (m_w.form->resourceName() == name)
            m_w.form->load(settings::ResourceSettings {});
        refreshList(m_catalog->names().value(0));
        if (!m_catalog->resource(name))
            emit resourceRemoved(name);
        if (!result.ok())
            DialogPrompter::showError(m_window, tr("Remove resource"), result.error().message);
    });
}

} // namespace soar::ui
