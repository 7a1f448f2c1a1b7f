#pragma once

#include "common/Result.h"
#include "store/StoredMail.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace soar::store {

class RawArchive;

// Reads single mails back: the full record and the raw bytes.
class MailReader {
public:
    explicit MailReader(QSqlDatabase db);

    common::Result<StoredMail> mail(const QString &mailId) const;
    // The raw bytes as fetched; the SHA-256 is checked so corruption is reported, not hidden.
    // archive: where archived raw mails are (rows from before schema v5 are blobs).
    common::Result<QByteArray> rawMessage(const QString &mailId, const RawArchive *archive) const;
    // The row id behind a stable mail id; a NotFound error names the id.
    common::Result<qint64> rowId(const QString &mailId) const;

    static common::Error notFound(const QString &mailId);

private:
    common::Result<QVector<AttachmentInfo>> attachments(qint64 rowId) const;

    QSqlDatabase m_db;
};

} // namespace soar::store
