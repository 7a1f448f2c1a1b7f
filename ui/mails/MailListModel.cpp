#include "mails/MailListModel.h"

#include "store/MailStore.h"

#include <QLocale>

namespace soar::ui {

namespace {

std::optional<store::MailQuery::SortColumn> storeColumn(int column)
{
    switch (column) {
    case MailListModel::DateColumn:
        return store::MailQuery::SortColumn::Date;
    case MailListModel::FromColumn:
        return store::MailQuery::SortColumn::From;
    case MailListModel::ToColumn:
        return store::MailQuery::SortColumn::To;
    case MailListModel::SubjectColumn:
        return store::MailQuery::SortColumn::Subject;
    default:
        return std::nullopt;
    }
}

} // namespace

MailListModel::MailListModel(store::MailStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    Q_ASSERT(store);
    m_query.limit = PageSize;
    reload(0);
}

int MailListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MailListModel::stateText(store::DeliveryState state)
{
    switch (state) {
    case store::DeliveryState::None:
        return tr("Local only");
    case store::DeliveryState::Pending:
        return tr("Pending");
    case store::DeliveryState::Delivered:
        return tr("Delivered");
    case store::DeliveryState::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant MailListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::MailSummary &row = m_rows.at(index.row());
    if (role == MailIdRole)
        return row.mailId;
    if (role == Qt::TextAlignmentRole && index.column() == AttachmentsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == DateColumn)
            return QLocale().toString(row.date.toLocalTime(), QLocale::LongFormat);
        if (index.column() == FromColumn)
            return row.fromAddress;
        if (index.column() == ToColumn)
            return row.to.join(QLatin1Char('\n'));
        if (index.column() == SubjectColumn)
            return row.subject;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return row.date.isValid() ? row.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case FromColumn:
        return row.fromDisplay;
    case ToColumn:
        return row.to.join(QStringLiteral(", "));
    case SubjectColumn:
        return row.subject;
    case AttachmentsColumn:
        return row.attachmentCount;
    case StateColumn:
        return stateText(row.deliveryState);
    case MailIdColumn:
        return row.mailId;
    }
    return {};
}

QVariant MailListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case AttachmentsColumn:
        return tr("Attachments");
    case StateColumn:
        return tr("SOAR state");
    case MailIdColumn:
        return tr("Mail id");
    }
    return {};
}

bool MailListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void MailListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<store::MailSummary> page;
    if (!readPage(int(m_rows.size()), PageSize, page) || page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

bool MailListModel::isSortable(int column)
{
    return storeColumn(column).has_value();
}

void MailListModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = storeColumn(column);
    if (!sortColumn || (m_query.sortColumn == *sortColumn && m_query.order == order))
        return;
    m_query.sortColumn = *sortColumn;
    m_query.order = order;
    reload(0);
}

void MailListModel::setSearchText(const QString &text)
{
    if (m_query.searchText == text)
        return;
    m_query.searchText = text;
    reload(0);
}

void MailListModel::setResourceFilter(const QString &resource)
{
    if (m_query.resource == resource)
        return;
    m_query.resource = resource;
    reload(0);
}

void MailListModel::setDeliveryStateFilter(std::optional<store::DeliveryState> state)
{
    if (m_query.deliveryState == state)
        return;
    m_query.deliveryState = state;
    reload(0);
}

void MailListModel::refresh()
{
    const qint64 before = m_total;
    const int loaded = int(m_rows.size());
    if (!readCount())
        return;
    // New mail usually arrives at the top: load up to a page more so the old rows stay loaded
    // (more would make a burst of 100,000 new mails load them all).
    reload(loaded + int(qBound<qint64>(0, m_total - before, qint64(PageSize))));
}

int MailListModel::rowOf(const QString &mailId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).mailId == mailId)
            return row;
    }
    return -1;
}

int MailListModel::ensureLoaded(const QString &mailId, int maxRows)
{
    int row = rowOf(mailId);
    while (row < 0 && canFetchMore({}) && m_rows.size() < maxRows) {
        const int from = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == from)
            break;
        for (int r = from; r < m_rows.size() && row < 0; ++r) {
            if (m_rows.at(r).mailId == mailId)
                row = r;
        }
    }
    return row;
}

void MailListModel::reload(int rowsToLoad)
{
    const int limit = qMax(PageSize, rowsToLoad);
    QVector<store::MailSummary> rows;
    const bool counted = readCount();
    if (counted)
        readPage(0, limit, rows);
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit totalCountChanged(m_total);
}

bool MailListModel::readCount()
{
    const auto total = m_store->count(m_query);
    if (!total.ok()) {
        m_total = 0;
        emit loadFailed(total.error().message);
        return false;
    }
    m_total = total.value();
    return true;
}

bool MailListModel::readPage(int offset, int limit, QVector<store::MailSummary> &into)
{
    store::MailQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    auto rows = m_store->list(page);
    if (!rows.ok()) {
        emit loadFailed(rows.error().message);
        return false;
    }
    into = std::move(rows).value();
    return true;
}

} // namespace soar::ui
