#include "RunsPage.h"

#include "store/MailStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soar::ui {

namespace {
constexpr int kShownRuns = 200;
} // namespace

RunsPage::RunsPage(store::MailStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_table(new QTableWidget(0, ColumnCount, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("runsPage"));
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setHorizontalHeaderLabels({tr("Resource"), tr("Start"), tr("End"), tr("Matched"), tr("Downloaded"), tr("Stored"),
        tr("Delivered"), tr("Failed"), tr("Error")});
    m_table->horizontalHeaderItem(DeliveredColumn)->setToolTip(tr("Mails of this run Cloud SOAR has taken so far"));
    m_table->horizontalHeader()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("runsStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void RunsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void RunsPage::refresh()
{
    const auto runs = m_store->runs({}, kShownRuns);
    if (!runs.ok()) {
        m_status->setText(tr("The run history could not be read: %1").arg(runs.error().message));
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(runs.value().size()));
    for (int row = 0; row < runs.value().size(); ++row) {
        const store::RunRecord &run = runs.value().at(row);
        const QStringList values {run.resource, locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
            locale.toString(run.startedAt.addMSecs(run.durationMs).toLocalTime(), QStringLiteral("HH:mm:ss")),
            QString::number(run.matched), QString::number(run.downloaded), QString::number(run.stored),
            QString::number(run.delivered), QString::number(run.failed), run.error};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (column == ErrorColumn)
                item->setToolTip(run.error);
            m_table->setItem(row, column, item);
        }
    }
    m_status->setText(runs.value().isEmpty() ? tr("No fetch has run yet.")
                                             : tr("The last %n run(s), newest first.", nullptr, int(runs.value().size())));
}

} // namespace soar::ui
