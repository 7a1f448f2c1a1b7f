#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace soar::store {

// Prepared statements kept for the length of one write transaction: storing a group of mails
// runs the same handful of statements hundreds of times, and preparing each anew was a large
// part of the cost. The returned query stays valid (and its results readable) until the same
// statement runs again.
class StatementCache {
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // Same contract as sql::exec: values bind in order; failures name `what`.
    common::Result<QSqlQuery *> exec(const QString &what, const QString &statement, const QVariantList &values = {});

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace soar::store
