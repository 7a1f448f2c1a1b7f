#include "LogView.h"

#include "LogFilterProxy.h"
#include "LogModel.h"
#include "TabOrder.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/common.h>

namespace soar::ui {

LogView::LogView(LogModel *model, QString logDir, QWidget *parent) : QWidget(parent), m_model(model), m_logDir(std::move(logDir))
{
    setObjectName(QStringLiteral("logView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevelFilter"));
    m_level->addItem(tr("All levels"), int(spdlog::level::trace));
    m_level->addItem(tr("Debug and above"), int(spdlog::level::debug));
    m_level->addItem(tr("Info and above"), int(spdlog::level::info));
    m_level->addItem(tr("Warnings and errors"), int(spdlog::level::warn));
    m_level->addItem(tr("Errors only"), int(spdlog::level::err));
    m_level->setToolTip(tr("Show only records of this level or more severe"));
    m_level->setAccessibleName(tr("Level filter"));
    auto *levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only records whose resource, module or message contains this text"));
    m_search->setAccessibleName(tr("Search the log"));
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);

    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("logPauseAutoscroll"));
    m_pause->setText(tr("&Pause autoscroll"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Keep the view still while new records arrive"));

    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("logCopy"));
    copy->setToolTip(tr("Copy the selected lines to the clipboard"));
    auto *open = new QPushButton(tr("Open log &folder"), this);
    open->setObjectName(QStringLiteral("logOpenFolder"));
    open->setToolTip(tr("Open %1 in the file manager").arg(m_logDir));

    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_pause);
    bar->addWidget(copy);
    bar->addWidget(open);
    layout->addLayout(bar);

    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Log records"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(LogModel::ResourceColumn, 120);
    layout->addWidget(m_table, 1);

    auto *copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyAction);

    setTabOrderChain({m_level, m_search, m_pause, copy, open, m_table});

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setMinimumLevel(m_level->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::setSearchText);
    connect(copy, &QPushButton::clicked, this, &LogView::copySelection);
    connect(copyAction, &QAction::triggered, this, &LogView::copySelection);
    connect(open, &QPushButton::clicked, this, &LogView::openLogFolder);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pause->isChecked())
            m_table->scrollToBottom();
    });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        if (!paused)
            m_table->scrollToBottom();
    });
}

QString LogView::selectedLines() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : rows)
        lines.append(LogModel::toLine(m_model->record(m_proxy->mapToSource(index).row())));
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection() const
{
    const QString lines = selectedLines();
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines);
}

void LogView::openLogFolder() const
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_logDir));
}

} // namespace soar::ui
