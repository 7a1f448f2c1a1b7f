#include "mails/MailsPage.h"

#include "mails/MailDetailView.h"
#include "mails/MailListModel.h"
#include "store/DeliveryState.h"
#include "store/MailStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace soar::ui {

namespace {
constexpr int kSearchDelayMs = 300; // one query per pause in typing, not per key
constexpr int kRefreshDelayMs = 500; // mail stored in a burst refreshes the list once
} // namespace

MailsPage::MailsPage(store::MailStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    Q_ASSERT(store);
    setObjectName(QStringLiteral("mailsPage"));
    m_model = new MailListModel(store, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mailSearch"));
    m_search->setPlaceholderText(tr("Search subject, addresses, body text, attachment names"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_refreshDelay = new QTimer(this);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(kRefreshDelayMs);
    connect(m_refreshDelay, &QTimer::timeout, this, &MailsPage::refresh);

    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("mailResourceFilter"));
    m_resource->addItem(tr("All resources"), QString());
    auto *resourceLabel = new QLabel(tr("&Resource:"), this);
    resourceLabel->setBuddy(m_resource);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("mailStateFilter"));
    m_state->addItem(tr("Any state"), QString());
    for (store::DeliveryState state : {store::DeliveryState::None, store::DeliveryState::Pending, store::DeliveryState::Delivered,
             store::DeliveryState::Failed})
        m_state->addItem(MailListModel::stateText(state), store::deliveryStateName(state));
    auto *stateLabel = new QLabel(tr("S&OAR state:"), this);
    stateLabel->setBuddy(m_state);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(resourceLabel);
    filters->addWidget(m_resource);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mailsSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("mailTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MailListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MailListModel::DateColumn, 130);
    header->resizeSection(MailListModel::FromColumn, 200);
    header->resizeSection(MailListModel::ToColumn, 160);
    header->resizeSection(MailListModel::AttachmentsColumn, 90);
    header->resizeSection(MailListModel::StateColumn, 90);
    header->resizeSection(MailListModel::MailIdColumn, 120);
    header->setSortIndicator(MailListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_detail = new MailDetailView(store, m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({300, 420});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mailsStatus"));
    m_retry = new QPushButton(tr("Retry &delivery"), this);
    m_retry->setObjectName(QStringLiteral("retryDelivery"));
    m_retry->setToolTip(tr("Send the selected mail to Cloud SOAR again (after it was refused or failed)"));
    m_retryAll = new QPushButton(tr("Retry all &failed"), this);
    m_retryAll->setObjectName(QStringLiteral("retryAllFailed"));
    m_retryAll->setToolTip(tr("Send every mail Cloud SOAR refused or that failed again, for the resource chosen above"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_retryAll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const auto stored = m_store->mail(currentMailId());
        if (stored.ok())
            emit retryDeliveryRequested(stored.value().resource, stored.value().mailId);
    });
    connect(
        m_retryAll, &QPushButton::clicked, this, [this] { emit retryAllFailedRequested(m_resource->currentData().toString()); });

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MailsPage::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &MailsPage::applySearch);
    connect(m_resource, qOverload<int>(&QComboBox::currentIndexChanged), this, &MailsPage::applyFilters);
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, &MailsPage::applyFilters);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        // The store orders by date, from, to and subject only: put the arrow back where the order is.
        if (MailListModel::isSortable(column))
            return;
        const QSignalBlocker block(header);
        const int current = int(m_model->query().sortColumn); // SortColumn Date..Subject = columns 0..3
        header->setSortIndicator(current, m_model->query().order);
    });
    connect(m_model, &MailListModel::totalCountChanged, this, &MailsPage::updateStatus);
    connect(m_model, &MailListModel::rowsInserted, this, &MailsPage::updateStatus);
    connect(m_model, &MailListModel::loadFailed, this, [this](const QString &message) {
        m_loadError = message;
        updateStatus();
    });
    // Search, filters, sorting and refresh reset the model: the selected mail stays selected
    // when it is still in the list.
    connect(m_model, &MailListModel::modelAboutToBeReset, this, [this] { m_keepSelected = currentMailId(); });
    connect(m_model, &MailListModel::modelReset, this, [this] { reselect(m_keepSelected); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MailsPage::onCurrentRowChanged);
    setTabOrder(m_search, m_resource);
    setTabOrder(m_resource, m_state);
    setTabOrder(m_state, m_table);
    updateStatus();
    updateRetry();
}

void MailsPage::updateRetry()
{
    // Read afresh: delivery changes the state while the mail stays selected.
    const QString id = currentMailId();
    const auto stored
        = id.isEmpty() ? common::Result<store::StoredMail>(common::Error(common::Error::Kind::NotFound, {})) : m_store->mail(id);
    m_retry->setEnabled(stored.ok() && stored.value().deliveryState == store::DeliveryState::Failed);
}

void MailsPage::setResources(const QStringList &names)
{
    const QString current = m_resource->currentData().toString();
    const QSignalBlocker block(m_resource);
    while (m_resource->count() > 1)
        m_resource->removeItem(1);
    for (const QString &name : names)
        m_resource->addItem(name, name);
    const int index = m_resource->findData(current);
    m_resource->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

QString MailsPage::currentMailId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(MailListModel::MailIdRole).toString() : QString();
}

void MailsPage::applySearch()
{
    m_searchDelay->stop();
    m_loadError.clear();
    m_model->setSearchText(m_search->text().trimmed());
}

void MailsPage::applyFilters()
{
    m_loadError.clear();
    m_model->setResourceFilter(m_resource->currentData().toString());
    m_model->setDeliveryStateFilter(store::deliveryStateFromName(m_state->currentData().toString()));
}

void MailsPage::refresh()
{
    m_refreshDelay->stop();
    const QString selected = currentMailId();
    const int scroll = m_table->verticalScrollBar()->value();
    m_loadError.clear();
    m_refreshing = true;
    m_model->refresh();
    m_refreshing = false;
    updateRetry(); // the selected mail's delivery state may have changed
    if (selected.isEmpty())
        return;
    if (currentMailId() != selected) // pushed below the loaded rows by much new mail
        selectMail(selected);
    else
        m_table->verticalScrollBar()->setValue(scroll);
}

void MailsPage::scheduleRefresh()
{
    if (!m_refreshDelay->isActive())
        m_refreshDelay->start();
}

void MailsPage::reselect(const QString &mailId)
{
    const int row = mailId.isEmpty() ? -1 : m_model->rowOf(mailId);
    if (row < 0) {
        if (!m_refreshing)
            m_detail->clear();
        return;
    }
    // Selecting emits currentRowChanged; the detail reloads only if it shows another mail.
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool MailsPage::selectMail(const QString &mailId)
{
    // Bounded so that a missing mail does not load the whole store page by page.
    const int row = m_model->ensureLoaded(mailId, m_model->rowCount() + 5 * MailListModel::PageSize);
    if (row < 0) {
        if (m_detail->mailId() == mailId)
            m_detail->clear();
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return m_detail->mailId() == mailId;
}

void MailsPage::onCurrentRowChanged()
{
    const QString id = currentMailId();
    if (id.isEmpty())
        m_detail->clear();
    else if (id != m_detail->mailId())
        m_detail->showMail(id);
    updateRetry();
}

void MailsPage::updateStatus()
{
    if (!m_loadError.isEmpty()) {
        m_status->setText(tr("The mail list could not be read: %1").arg(m_loadError));
        return;
    }
    const qint64 total = m_model->totalCount();
    QString text = total == 1 ? tr("1 mail") : tr("%L1 mails").arg(total);
    if (m_model->rowCount() < total)
        text += tr(" (%L1 loaded; scroll for more)").arg(m_model->rowCount());
    m_status->setText(text);
}

} // namespace soar::ui
