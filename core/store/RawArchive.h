#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace soar::store {

// The raw bytes of stored mails, appended to segment files beside the database
// (<data dir>/raw/00000001.seg, ...) instead of being SQLite blobs. A blob goes through the
// WAL and again through the checkpoint; a segment is written once, and one fdatasync() makes a
// whole group of mails durable. The database keeps (segment, offset, size) and the SHA-256,
// which every read checks.
//
// Writes happen only inside the store's write transaction (BEGIN IMMEDIATE), so one writer at a
// time appends, across processes too. The order is append -> sync() -> commit: a crash before
// the commit leaves unreferenced bytes at a segment's end (harmless, never read), never a row
// pointing at bytes that are not on disk.
class RawArchive {
public:
    struct Location {
        qint64 segment = 0;
        qint64 offset = 0;
        qint64 size = 0;
    };

    // directory is created 0700 on the first append.
    explicit RawArchive(QString directory, qint64 segmentLimit = kDefaultSegmentLimit);
    ~RawArchive();
    RawArchive(const RawArchive &) = delete;
    RawArchive &operator=(const RawArchive &) = delete;

    static constexpr qint64 kDefaultSegmentLimit = 1024LL * 1024 * 1024;

    common::Result<Location> append(const QByteArray &raw);
    // Makes every append since the last sync durable (file data, and a new segment's entry).
    common::Result<void> sync();
    common::Result<QByteArray> read(const Location &location) const;

private:
    // Picks the segment to append to (the last one, or a new one when `needed` bytes would
    // overflow it) and opens it; m_end becomes its current end.
    common::Result<void> openSegmentForAppend(qint64 needed);
    QString segmentPath(qint64 segment) const;
    qint64 lastSegmentNumber() const;

    QString m_directory;
    qint64 m_segmentLimit;
    std::unique_ptr<QFile> m_segment; // open for appending
    qint64 m_segmentNumber = 0;
    qint64 m_end = 0; // where the next append goes
    bool m_unsynced = false;
    bool m_newSegment = false;
};

} // namespace soar::store
