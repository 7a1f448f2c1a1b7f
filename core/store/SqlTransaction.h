#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace soar::store {

// One write transaction, rolled back unless commit() succeeded. It starts with BEGIN IMMEDIATE
// so the write lock is taken up front: a second writer (GUI and daemon share the file) then
// waits for the busy timeout instead of failing halfway with SQLITE_BUSY on lock upgrade.
class SqlTransaction {
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    common::Result<void> begin();
    common::Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace soar::store
