#include "ResourceListPanel.h"

#include <QLocale>

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace soar::ui {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;

QToolButton *buttonFor(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ResourceListPanel::ResourceListPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resourceListPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);

    auto *title = new QLabel(tr("Re&sources"), this);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("resourceList"));
    m_list->setAccessibleName(tr("Resources"));
    m_list->setToolTip(tr("Each resource is one mailbox connected to SOAR"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setWordWrap(true); // the Cloud SOAR queue line under a resource's name
    title->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    m_add = new QAction(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addResourceAction"));
    m_add->setToolTip(tr("Add a resource (a mailbox to fetch from)"));
    m_add->setShortcut(QKeySequence::New);
    m_duplicate = new QAction(tr("&Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateResourceAction"));
    m_duplicate->setToolTip(tr("Add a copy of the selected resource, password included"));
    m_rename = new QAction(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("renameResourceAction"));
    m_rename->setToolTip(tr("Rename the selected resource"));
    m_rename->setShortcut(Qt::Key_F2);
    m_remove = new QAction(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeResourceAction"));
    m_remove->setToolTip(tr("Remove the selected resource and its keychain entries"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addActions({m_duplicate, m_rename, m_remove});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_add, QStringLiteral("addResourceButton"), this));
    buttons->addWidget(buttonFor(m_duplicate, QStringLiteral("duplicateResourceButton"), this));
    buttons->addWidget(buttonFor(m_rename, QStringLiteral("renameResourceButton"), this));
    buttons->addWidget(buttonFor(m_remove, QStringLiteral("removeResourceButton"), this));
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QAction::triggered, this, &ResourceListPanel::addRequested);
    connect(m_duplicate, &QAction::triggered, this, [this] { emit duplicateRequested(current()); });
    connect(m_rename, &QAction::triggered, this, [this] { emit renameRequested(current()); });
    connect(m_remove, &QAction::triggered, this, [this] { emit removeRequested(current()); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QString previous = m_current;
        m_current = item ? item->data(kNameRole).toString() : QString();
        updateActions();
        if (m_current != previous)
            emit currentChanged(m_current, previous);
    });
    updateActions();
}

void ResourceListPanel::setResources(const QStringList &names, const QString &draft)
{
    const QSignalBlocker blocker(m_list);
    m_draft = draft;
    m_list->clear();
    QStringList all = names;
    if (!draft.isEmpty())
        all.append(draft);
    for (const QString &name : all) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(kNameRole, name);
        decorate(item);
    }
    const QString keep = m_current;
    m_current.clear();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kNameRole).toString() == keep) {
            m_list->setCurrentRow(row);
            m_current = keep;
        }
    }
    updateActions();
}

void ResourceListPanel::setCurrent(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kNameRole).toString() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString ResourceListPanel::current() const
{
    return m_current;
}

QStringList ResourceListPanel::names() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        out.append(m_list->item(row)->data(kNameRole).toString());
    return out;
}

void ResourceListPanel::setStatus(const QString &name, ResourceState state, const QString &lastError)
{
    Status &status = m_status[name];
    status.state = state;
    status.lastError = lastError;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kNameRole).toString() == name)
            decorate(m_list->item(row));
    }
    emit statusChanged();
}

void ResourceListPanel::setSoarQueue(const QString &name, const std::optional<store::OutboxCounts> &counts)
{
    Status &status = m_status[name];
    if (status.soar == counts)
        return;
    status.soar = counts;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kNameRole).toString() == name)
            decorate(m_list->item(row));
    }
    emit statusChanged();
}

QString ResourceListPanel::queueText(const store::OutboxCounts &counts)
{
    return tr("Cloud SOAR: %1 pending, %2 failed, %3 delivered").arg(counts.pending).arg(counts.failed).arg(counts.delivered);
}

QString ResourceListPanel::soarSummary() const
{
    QStringList lines;
    for (const QString &name : names()) {
        const std::optional<store::OutboxCounts> &soar = m_status.value(name).soar;
        if (soar)
            lines << QStringLiteral("%1: %2").arg(name, queueText(*soar));
    }
    return lines.join(QLatin1Char('\n'));
}

ResourceState ResourceListPanel::status(const QString &name) const
{
    return m_status.value(name).state;
}

QList<ResourceState> ResourceListPanel::states() const
{
    QList<ResourceState> out;
    for (const QString &name : names())
        out.append(status(name));
    return out;
}

void ResourceListPanel::decorate(QListWidgetItem *item) const
{
    const QString name = item->data(kNameRole).toString();
    if (name == m_draft) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setIcon(ResourceStateIcons::dot(ResourceState::Unknown));
        item->setToolTip(tr("%1: not saved yet").arg(name));
        return;
    }
    const Status status = m_status.value(name);
    item->setIcon(ResourceStateIcons::dot(status.state));
    QString tip = QStringLiteral("%1: %2").arg(name, ResourceStateIcons::label(status.state));
    if (!status.lastError.isEmpty())
        tip += QLatin1Char('\n') + status.lastError;
    item->setText(status.soar ? name + QLatin1Char('\n') + queueText(*status.soar) : name);
    if (status.soar) {
        tip += QLatin1Char('\n') + queueText(*status.soar);
        if (!status.soar->lastError.isEmpty())
            tip += QLatin1Char('\n') + tr("Last Cloud SOAR error: %1").arg(status.soar->lastError);
        if (status.soar->nextAttempt.isValid())
            tip += QLatin1Char('\n')
                + tr("Next attempt: %1")
                      .arg(QLocale().toString(status.soar->nextAttempt.toLocalTime().time(), QLocale::ShortFormat));
    }
    item->setToolTip(tip);
    item->setData(Qt::AccessibleDescriptionRole, tip);
}

void ResourceListPanel::updateActions()
{
    const bool saved = !m_current.isEmpty() && m_current != m_draft;
    m_duplicate->setEnabled(saved);
    m_rename->setEnabled(!m_current.isEmpty());
    m_remove->setEnabled(!m_current.isEmpty());
}

} // namespace soar::ui
