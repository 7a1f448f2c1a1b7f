#include "store/SqlTransaction.h"

#include "store/Sql.h"

namespace soar::store {

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db))
{ }

SqlTransaction::~SqlTransaction()
{
    rollback();
}

common::Result<void> SqlTransaction::begin()
{
    auto result = sql::exec(m_db, QStringLiteral("start a write transaction"), QStringLiteral("BEGIN IMMEDIATE"));
    if (!result.ok())
        return result.error();
    m_active = true;
    return {};
}

common::Result<void> SqlTransaction::commit()
{
    auto result = sql::exec(m_db, QStringLiteral("commit a write transaction"), QStringLiteral("COMMIT"));
    if (!result.ok())
        return result.error();
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace soar::store
