#pragma once

#include "common/Result.h"
#include "store/IncomingMail.h"
#include "store/IngestOutcome.h"
#include "store/StatementCache.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace soar::store {

class RawArchive;

// Writes one mail into an open write transaction (MailStore owns the transaction, so a batch of
// mails can share one). Dedup rules: within one resource, the same (folder, UIDVALIDITY, UID)
// or the same (Message-ID, SHA-256 of the raw bytes) is the same mail.
class MailIngester {
public:
    // archive: where raw mails go; nullptr keeps them as compressed blobs in the database
    // (a store without a directory, e.g. in memory).
    MailIngester(QSqlDatabase db, QDateTime fetchedAt, RawArchive *archive = nullptr);

    // Checks the fields the store relies on; the daemon should never send such a mail.
    static common::Result<void> validate(const IncomingMail &mail);

    // The stable id (the product's cloud_soar_mail_id): a name-based UUID of resource,
    // Message-ID and raw SHA-256, so the same mail gets the same id even in a rebuilt store.
    static QString stableMailId(const QString &resource, const QString &messageId, const QString &rawSha256);

    common::Result<IngestOutcome> ingest(const IncomingMail &mail);

private:
    common::Result<qint64> resourceId(const QString &name);
    common::Result<QString> existingMailId(qint64 resource, const IncomingMail &mail, const QString &rawSha256);
    common::Result<void> insertRaw(const QString &rawSha256, const QByteArray &raw);
    common::Result<qint64> insertMail(qint64 resource, const IncomingMail &mail, const QString &mailId, const QString &rawSha256);
    common::Result<void> insertAttachments(qint64 rowId, const IncomingMail &mail);
    common::Result<void> insertSearchText(qint64 rowId, const IncomingMail &mail);
    common::Result<void> queueForSoar(qint64 rowId, const IncomingMail &mail, const QString &rawSha256);

    StatementCache m_statements; // one ingester lives for one write transaction
    QHash<QString, qint64> m_resourceIds;
    QDateTime m_fetchedAt;
    RawArchive *m_archive;
};

} // namespace soar::store
