#pragma once

#include "ResourceState.h"
#include "store/OutboxCounts.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QListWidget;
class QListWidgetItem;

namespace soar::ui {

// The resources on the left of the main window, each with a status dot (ok / running / error /
// paused; the last error as tooltip), the Cloud SOAR queue under the name of a resource that
// delivers (pending / failed / delivered, the last delivery error in the tooltip) and the Add, Duplicate, Rename and Remove
// actions. It only asks: the main window decides, confirms and saves.
class ResourceListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResourceListPanel(QWidget *parent = nullptr);

    // draft: a resource added but not saved yet, shown in italics at the end.
    void setResources(const QStringList &names, const QString &draft = {});
    void setCurrent(const QString &name);
    QString current() const;
    QStringList names() const;

    // Called by the daemon wiring whenever a resource's state changes.
    void setStatus(const QString &name, ResourceState state, const QString &lastError = {});
    ResourceState status(const QString &name) const;
    QList<ResourceState> states() const;
    // nullopt: the resource does not deliver to Cloud SOAR.
    void setSoarQueue(const QString &name, const std::optional<store::OutboxCounts> &counts);
    // One line per resource that delivers, e.g. "soc-inbox: Cloud SOAR 2 pending, 1 failed, 40 delivered".
    QString soarSummary() const;

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *removeAction() const { return m_remove; }

signals:
    void currentChanged(const QString &current, const QString &previous);
    void addRequested();
    void duplicateRequested(const QString &name);
    void renameRequested(const QString &name);
    void removeRequested(const QString &name);
    void statusChanged();

private:
    struct Status {
        ResourceState state = ResourceState::Unknown;
        QString lastError;
        std::optional<store::OutboxCounts> soar;
    };
    static QString queueText(const store::OutboxCounts &counts);
    void decorate(QListWidgetItem *item) const;
    void updateActions();

    QListWidget *m_list = nullptr;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_remove = nullptr;
    QHash<QString, Status> m_status;
    QString m_draft;
    QString m_current;
};

} // namespace soar::ui
