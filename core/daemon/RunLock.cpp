#include "daemon/RunLock.h"

#include "common/AppPaths.h"

#include <QCryptographicHash>
#include <QDir>

namespace soar::daemon {

using common::Error;

RunLock::RunLock(const QString &dataDir, const QString &resource) : m_resource(resource)
{
    // The file name is a hash: resource names may contain characters a file name should not.
    const QByteArray id = QCryptographicHash::hash(resource.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString dir = QDir(dataDir).filePath(QStringLiteral("locks"));
    common::AppPaths::ensurePrivateDir(dir);
    m_lockPath = QDir(dir).filePath(QString::fromLatin1(id) + QStringLiteral(".lock"));
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    m_lock->setStaleLockTime(0); // never stale by age: only a dead owner frees it
}

RunLock::~RunLock()
{
    release();
}

common::Result<void> RunLock::acquire()
{
    if (m_held)
        return {};
    if (m_lock->tryLock(0)) {
        m_held = true;
        // QLockFile creates the file with the umask's mode; it names this host and process.
        common::AppPaths::restrictToOwner(m_lockPath);
        return {};
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        return Error(Error::Kind::Config,
            QStringLiteral("%1 is already being fetched by %2 (process %3). Stop it first, or let it do the "
                           "fetching; the mail store can still be read from both.")
                .arg(m_resource, app.isEmpty() ? QStringLiteral("another process") : app)
                .arg(pid));
    }
    return Error(Error::Kind::Storage, QStringLiteral("Cannot create the lock file for %1 in the data folder.").arg(m_resource));
}

void RunLock::release()
{
    if (m_held) {
        m_lock->unlock();
        m_held = false;
    }
}

} // namespace soar::daemon
