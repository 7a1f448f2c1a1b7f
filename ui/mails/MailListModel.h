#pragma once

#include "store/MailQuery.h"
#include "store/MailSummary.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace soar::store {
class MailStore;
}

namespace soar::ui {

// The stored mails as a table, read from the store a page at a time (canFetchMore/fetchMore):
// only the pages the view scrolled through are held, so 100,000 mails cost one page to open.
// Sorting, search and filters are the store's (sort() re-queries); see MailQuery.
class MailListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, FromColumn, ToColumn, SubjectColumn, AttachmentsColumn, StateColumn, MailIdColumn, ColumnCount };
    // QString: the row's stable mail id (also on every column, not just MailIdColumn).
    static constexpr int MailIdRole = Qt::UserRole + 200;
    static constexpr int PageSize = 200;

    explicit MailListModel(store::MailStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Columns the store cannot order by (attachments, state, mail id) leave the order as it was.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    void setSearchText(const QString &text);
    void setResourceFilter(const QString &resource); // empty: every resource
    void setDeliveryStateFilter(std::optional<store::DeliveryState> state);
    const store::MailQuery &query() const { return m_query; }

    // Matching mails in the store, loaded or not.
    qint64 totalCount() const { return m_total; }
    int rowOf(const QString &mailId) const; // -1 when not loaded
    // Loads pages until the mail is loaded or the list ends; its row or -1.
    int ensureLoaded(const QString &mailId, int maxRows);

    static QString stateText(store::DeliveryState state);

public slots:
    // Re-reads after new mail was stored or states changed. Keeps at least as many rows loaded
    // as before, so the selected mail stays in the list (the view re-selects it by id).
    void refresh();

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void reload(int rowsToLoad);
    bool readPage(int offset, int limit, QVector<store::MailSummary> &into);
    bool readCount();

    store::MailStore *m_store;
    store::MailQuery m_query;
    QVector<store::MailSummary> m_rows;
    qint64 m_total = 0;
};

} // namespace soar::ui
