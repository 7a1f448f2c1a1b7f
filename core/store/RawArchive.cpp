#include "store/RawArchive.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace soar::store {

namespace {

common::Error archiveError(const QString &what, const QString &detail)
{
    return common::Error(common::Error::Kind::Storage,
        QStringLiteral("Could not %1 in the mail store: %2. Check free space and permissions of the data directory.")
            .arg(what, detail));
}

// The OS's reason for the last failed call, with what the analyst can do about the usual ones.
QString systemReason(int error, const QString &directory)
{
    const QString text = qt_error_string(error);
    if (error == ENOSPC || error == EFBIG || error == EDQUOT)
        return QStringLiteral("%1 — the disk holding %2 is full or a file size limit was hit: free some space (or "
                              "choose another --data-dir) and run again; nothing was committed, so no mail was marked "
                              "as read")
            .arg(text, directory);
    return text;
}

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

RawArchive::RawArchive(QString directory, qint64 segmentLimit) : m_directory(std::move(directory)), m_segmentLimit(segmentLimit)
{ }

RawArchive::~RawArchive() = default;

QString RawArchive::segmentPath(qint64 segment) const
{
    return m_directory + QStringLiteral("/%1.seg").arg(segment, 8, 10, QLatin1Char('0'));
}

qint64 RawArchive::lastSegmentNumber() const
{
    qint64 last = 0;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.seg")}, QDir::Files);
    for (const QString &name : names)
        last = std::max(last, name.section(QLatin1Char('.'), 0, 0).toLongLong());
    return last;
}

common::Result<void> RawArchive::openSegmentForAppend(qint64 needed)
{
    // Within a batch (unsynced appends) this process is the only writer and m_end is exact.
    if (m_unsynced && m_end + needed <= m_segmentLimit)
        return {};
    if (auto synced = sync(); !synced.ok())
        return synced;
    if (!QDir().mkpath(m_directory))
        return archiveError(QStringLiteral("create the mail archive folder"), m_directory);
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // At a batch's start another process may have appended or begun a segment: ask the disk.
    qint64 number = std::max<qint64>(1, lastSegmentNumber());
    const qint64 size = QFileInfo(segmentPath(number)).size();
    if (size > 0 && size + needed > m_segmentLimit)
        ++number;
    if (!m_segment || m_segmentNumber != number) {
        auto segment = std::make_unique<QFile>(segmentPath(number));
        m_newSegment = !segment->exists();
        if (!segment->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return archiveError(
                QStringLiteral("open the mail archive segment %1").arg(segment->fileName()), segment->errorString());
        segment->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        m_segment = std::move(segment);
        m_segmentNumber = number;
    }
    m_end = QFileInfo(m_segment->fileName()).size();
    return {};
}

common::Result<RawArchive::Location> RawArchive::append(const QByteArray &raw)
{
    if (auto opened = openSegmentForAppend(raw.size()); !opened.ok())
        return opened.error();
    errno = 0;
    if (m_segment->write(raw) != raw.size()) {
        const int error = errno;
        m_unsynced = false; // the next append asks the disk where the segment ends
        return archiveError(QStringLiteral("write to the mail archive segment %1").arg(m_segment->fileName()),
            error ? systemReason(error, m_directory) : m_segment->errorString());
    }
    const Location location {m_segmentNumber, m_end, raw.size()};
    m_end += raw.size();
    m_unsynced = true;
    return location;
}

common::Result<void> RawArchive::sync()
{
    if (!m_segment || !m_unsynced)
        return {};
    if (::fdatasync(m_segment->handle()) != 0)
        return archiveError(QStringLiteral("save the mail archive segment %1 to disk").arg(m_segment->fileName()),
            systemReason(errno, m_directory));
    if (m_newSegment && !syncDirectory(m_directory))
        return archiveError(
            QStringLiteral("save the mail archive folder %1 to disk").arg(m_directory), QStringLiteral("fsync failed"));
    m_unsynced = false;
    m_newSegment = false;
    return {};
}

common::Result<QByteArray> RawArchive::read(const Location &location) const
{
    QFile segment(segmentPath(location.segment));
    if (!segment.open(QIODevice::ReadOnly))
        return archiveError(QStringLiteral("open the mail archive segment %1").arg(segment.fileName()), segment.errorString());
    if (!segment.seek(location.offset))
        return archiveError(QStringLiteral("read the mail archive segment %1").arg(segment.fileName()), segment.errorString());
    QByteArray raw = segment.read(location.size);
    if (raw.size() != location.size)
        return archiveError(QStringLiteral("read the mail archive segment %1").arg(segment.fileName()),
            QStringLiteral("it ends before the mail (%1 of %2 bytes)").arg(raw.size()).arg(location.size));
    return raw;
}

} // namespace soar::store
