#include "store/StoreConnection.h"

#include "common/AppPaths.h"
#include "store/Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace soar::store {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("soar-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

StoreConnection::~StoreConnection()
{
    close();
}

common::Result<void> StoreConnection::open(const QString &path, int cacheKiB)
{
    close();
    if (auto prepared = preparePrivateFile(path); !prepared.ok())
        return prepared;

    m_connectionName = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        close();
        return common::Error(common::Error::Kind::Storage,
            QStringLiteral("The Qt SQLite driver (QSQLITE) is not available; install the Qt 6 SQLite plugin "
                           "(Debian package libqt6sql6-sqlite)."));
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        const common::Error error = sql::storageError(m_db, QStringLiteral("open the database"), m_db.lastError());
        close();
        return error;
    }
    if (auto pragmas = applyPragmas(cacheKiB); !pragmas.ok()) {
        close();
        return pragmas;
    }
    return {};
}

void StoreConnection::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

common::Result<void> StoreConnection::preparePrivateFile(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    // Only a directory we create is forced to 0700: an existing one (say /tmp) is not ours.
    if (!QFileInfo::exists(dir) && !common::AppPaths::ensurePrivateDir(dir)) {
        return common::Error(common::Error::Kind::Storage,
            QStringLiteral("Could not create the mail store directory %1; check that its parent exists "
                           "and is writable, or choose another --data-dir.")
                .arg(dir));
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !info.exists()) {
            return common::Error(common::Error::Kind::Storage,
                QStringLiteral("Could not create the mail store file %1: %2").arg(path, file.errorString()));
        }
    }
    // Mail is private: the store file is always owner-only, even if it was created elsewhere.
    if (!QFile::setPermissions(path, kOwnerReadWrite)) {
        return common::Error(common::Error::Kind::Storage,
            QStringLiteral("Could not restrict the permissions of the mail store file %1 to its owner "
                           "(mode 0600); check who owns the file.")
                .arg(path));
    }
    return {};
}

common::Result<void> StoreConnection::applyPragmas(int cacheKiB)
{
    const QString what = QStringLiteral("configure the connection");
    QString journalMode;
    {
        auto journal = sql::exec(m_db, what, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal.ok())
            return journal.error();
        if (journal.value().next())
            journalMode = journal.value().value(0).toString();
    }
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return common::Error(common::Error::Kind::Storage,
            QStringLiteral("The mail store %1 could not switch to write-ahead logging (WAL); it must be on "
                           "a local file system that supports shared memory.")
                .arg(m_db.databaseName()));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // FULL: a committed mail survives power loss too, because the daemon marks it \Seen
        // on the server right after the commit.
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB), // negative: KiB, not pages
    };
    for (const QString &pragma : pragmas) {
        if (auto done = sql::exec(m_db, what, pragma); !done.ok())
            return done.error();
    }
    return {};
}

} // namespace soar::store
