#pragma once

#include "common/Result.h"
#include "store/Checkpoint.h"

#include <QSqlDatabase>

#include <optional>

namespace soar::store {

// How far each folder of each resource has been fetched; one row per (resource, folder).
class Checkpoints {
public:
    explicit Checkpoints(QSqlDatabase db);

    common::Result<std::optional<Checkpoint>> read(const QString &resource, const QString &folder) const;
    // Replaces the folder's checkpoint in a transaction of its own.
    common::Result<void> save(const QString &resource, const QString &folder, const Checkpoint &checkpoint);

private:
    common::Result<qint64> resourceId(const QString &resource) const;

    QSqlDatabase m_db;
};

} // namespace soar::store
