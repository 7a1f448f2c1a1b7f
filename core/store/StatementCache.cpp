#include "store/StatementCache.h"

#include "store/Sql.h"

namespace soar::store {

StatementCache::StatementCache(QSqlDatabase db) : m_db(std::move(db))
{ }

StatementCache::~StatementCache() = default;

common::Result<QSqlQuery *> StatementCache::exec(const QString &what, const QString &statement, const QVariantList &values)
{
    std::shared_ptr<QSqlQuery> &query = m_queries[statement];
    if (!query) {
        auto prepared = std::make_shared<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(statement)) {
            m_queries.remove(statement);
            return sql::storageError(m_db, what, prepared->lastError(), statement);
        }
        query = std::move(prepared);
    }
    query->finish(); // ends the previous run's result set so the statement can run again
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, sql::bindable(values.at(i)));
    if (!query->exec())
        return sql::storageError(m_db, what, query->lastError(), statement);
    return query.get();
}

} // namespace soar::store
