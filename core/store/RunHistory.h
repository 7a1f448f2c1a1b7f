#pragma once

#include "common/Result.h"
#include "store/RunRecord.h"

#include <QSqlDatabase>
#include <QVector>

namespace soar::store {

// The history of fetch runs, newest first.
class RunHistory {
public:
    explicit RunHistory(QSqlDatabase db);

    common::Result<qint64> record(const RunRecord &run);
    // resource empty: runs of every resource.
    common::Result<QVector<RunRecord>> list(const QString &resource, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace soar::store
