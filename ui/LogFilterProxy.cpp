#include "LogFilterProxy.h"

#include "ModelRoles.h"

namespace soar::ui {

void LogFilterProxy::setMinimumLevel(int level)
{
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateRowsFilter();
}

void LogFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogLevelRole).toInt() < m_minimumLevel)
        return false;
    return m_search.isEmpty() || index.data(LogSearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace soar::ui
