#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace soar::store {

// One QtSql connection to the store file, with its own connection name so several stores (or
// a reader and a writer) can be open in one process. Creates a missing directory 0700 and the
// file 0600 before SQLite touches them (SQLite gives the -wal/-shm files the file's mode), then
// sets WAL, foreign keys, synchronous=FULL and a busy timeout.
class StoreConnection {
public:
    StoreConnection() = default;
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // cacheKiB: SQLite's page cache for this connection. The app's list and search queries
    // want the default; a fetch-only process (soar-imapd) does well with far less.
    common::Result<void> open(const QString &path, int cacheKiB = kDefaultCacheKiB);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }

    static constexpr int kBusyTimeoutMs = 5000;
    // Keeps the sort indexes and full-text pages of ~100,000 mails in memory.
    static constexpr int kDefaultCacheKiB = 16 * 1024;
    static constexpr int kFetchOnlyCacheKiB = 2 * 1024;
    // A connection that only stores fetched mails (daemon::CommitPipeline): its inserts touch
    // the rightmost pages of each index, and SQLite re-reads the rest from the OS page cache.
    static constexpr int kWriterCacheKiB = 1024;

private:
    common::Result<void> preparePrivateFile(const QString &path);
    common::Result<void> applyPragmas(int cacheKiB);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace soar::store
