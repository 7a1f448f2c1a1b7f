#pragma once

#include <QSortFilterProxyModel>

namespace soar::ui {

// Narrows the live log to a minimum level and a case-insensitive search text.
class LogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(int level);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumLevel = 0;
    QString m_search;
};

} // namespace soar::ui
