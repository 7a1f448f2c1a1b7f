#include "store/MailIngester.h"

#include "common/CrashPoint.h"
#include "common/Digest.h"
#include "store/DeliveryState.h"
#include "store/IdempotencyKey.h"
#include "store/Outbox.h"
#include "store/RawArchive.h"
#include "store/Sql.h"

#include <QUuid>

namespace soar::store {

namespace {

// zlib level 1: most of the saving (base64 attachments, text) at several times the speed of the
// default level, which otherwise dominates the cost of storing a fetched mail.
constexpr int kRawCompressionLevel = 1;
const QString kWhat = QStringLiteral("store a mail");

// Fixed namespace for stableMailId(); changing it would change every mail id.
const QUuid kMailIdNamespace(QStringLiteral("f27a5027-d3f0-44f4-813e-5096afeadc43"));

common::Error invalidMail(const IncomingMail &mail, const QString &problem)
{
    return common::Error(common::Error::Kind::Internal,
        QStringLiteral("Cannot store the mail with UID %1 in folder \"%2\" of resource \"%3\": %4")
            .arg(mail.uid)
            .arg(mail.folder, mail.resource, problem));
}
} // namespace

MailIngester::MailIngester(QSqlDatabase db, QDateTime fetchedAt, RawArchive *archive)
    : m_statements(std::move(db)), m_fetchedAt(std::move(fetchedAt)), m_archive(archive)
{ }

common::Result<void> MailIngester::validate(const IncomingMail &mail)
{
    if (mail.resource.isEmpty())
        return invalidMail(mail, QStringLiteral("the resource name is empty."));
    if (mail.folder.isEmpty())
        return invalidMail(mail, QStringLiteral("the folder name is empty."));
    if (mail.uidValidity == 0 || mail.uid == 0)
        return invalidMail(mail, QStringLiteral("UIDVALIDITY and UID must be non-zero (RFC 3501 nz-number)."));
    if (mail.raw.isEmpty())
        return invalidMail(mail, QStringLiteral("the raw message is empty."));
    return {};
}

QString MailIngester::stableMailId(const QString &resource, const QString &messageId, const QString &rawSha256)
{
    const QByteArray name = resource.toUtf8() + '\0' + messageId.toUtf8() + '\0' + rawSha256.toLatin1();
    return QUuid::createUuidV5(kMailIdNamespace, name).toString(QUuid::WithoutBraces);
}

common::Result<IngestOutcome> MailIngester::ingest(const IncomingMail &mail)
{
    if (auto valid = validate(mail); !valid.ok())
        return valid.error();
    const QString rawSha256 = mail.rawSha256.isEmpty() ? common::Digest::sha256Hex(mail.raw) : mail.rawSha256;

    auto resource = resourceId(mail.resource);
    if (!resource.ok())
        return resource.error();
    auto existing = existingMailId(resource.value(), mail, rawSha256);
    if (!existing.ok())
        return existing.error();
    if (!existing.value().isEmpty())
        return IngestOutcome {existing.value(), true, {}};

    if (auto raw = insertRaw(rawSha256, mail.raw); !raw.ok())
        return raw.error();
    common::CrashPoint::hit("store.after-raw-insert");

    const QString mailId = stableMailId(mail.resource, mail.messageId, rawSha256);
    auto rowId = insertMail(resource.value(), mail, mailId, rawSha256);
    if (!rowId.ok())
        return rowId.error();
    if (auto attachments = insertAttachments(rowId.value(), mail); !attachments.ok())
        return attachments.error();
    if (auto search = insertSearchText(rowId.value(), mail); !search.ok())
        return search.error();
    if (mail.queueForSoar) {
        if (auto queued = queueForSoar(rowId.value(), mail, rawSha256); !queued.ok())
            return queued.error();
    }
    return IngestOutcome {mailId, false, {}};
}

common::Result<qint64> MailIngester::resourceId(const QString &name)
{
    if (const auto known = m_resourceIds.constFind(name); known != m_resourceIds.constEnd())
        return *known;
    if (auto inserted = m_statements.exec(kWhat, QStringLiteral("INSERT OR IGNORE INTO resources(name) VALUES (?)"), {name});
        !inserted.ok())
        return inserted.error();
    auto query = m_statements.exec(kWhat, QStringLiteral("SELECT id FROM resources WHERE name = ?"), {name});
    if (!query.ok())
        return query.error();
    if (!query.value()->next())
        return common::Error(
            common::Error::Kind::Storage, QStringLiteral("The resource \"%1\" vanished from the mail store").arg(name));
    const qint64 id = query.value()->value(0).toLongLong();
    m_resourceIds.insert(name, id);
    return id;
}

common::Result<QString> MailIngester::existingMailId(qint64 resource, const IncomingMail &mail, const QString &rawSha256)
{
    auto byLocation = m_statements.exec(kWhat,
        QStringLiteral("SELECT mail_id FROM mails WHERE resource_id = ? AND folder = ? AND uidvalidity = ? AND uid = ?"),
        {resource, mail.folder, qint64(mail.uidValidity), qint64(mail.uid)});
    if (!byLocation.ok())
        return byLocation.error();
    if (byLocation.value()->next())
        return byLocation.value()->value(0).toString();

    auto byContent = m_statements.exec(kWhat,
        QStringLiteral("SELECT mail_id FROM mails WHERE resource_id = ? AND message_id = ? AND raw_sha256 = ? LIMIT 1"),
        {resource, mail.messageId, rawSha256});
    if (!byContent.ok())
        return byContent.error();
    if (byContent.value()->next())
        return byContent.value()->value(0).toString();
    return QString();
}

common::Result<void> MailIngester::insertRaw(const QString &rawSha256, const QByteArray &raw)
{
    if (!m_archive) {
        auto inserted
            = m_statements.exec(kWhat, QStringLiteral("INSERT OR IGNORE INTO raw_messages(sha256, size, data) VALUES (?, ?, ?)"),
                {rawSha256, qint64(raw.size()), qCompress(raw, kRawCompressionLevel)});
        if (!inserted.ok())
            return inserted.error();
        return {};
    }
    // The same bytes in another folder or resource: keep the one copy.
    auto known = m_statements.exec(kWhat, QStringLiteral("SELECT 1 FROM raw_messages WHERE sha256 = ?"), {rawSha256});
    if (!known.ok())
        return known.error();
    if (known.value()->next())
        return {};
    auto location = m_archive->append(raw);
    if (!location.ok())
        return location.error();
    auto inserted = m_statements.exec(kWhat,
        QStringLiteral("INSERT INTO raw_messages(sha256, size, data, archive_segment, archive_offset)"
                       " VALUES (?, ?, x'', ?, ?)"),
        {rawSha256, qint64(raw.size()), location.value().segment, location.value().offset});
    if (!inserted.ok())
        return inserted.error();
    return {};
}

common::Result<qint64> MailIngester::insertMail(
    qint64 resource, const IncomingMail &mail, const QString &mailId, const QString &rawSha256)
{
    auto inserted = m_statements.exec(kWhat,
        QStringLiteral("INSERT INTO mails(mail_id, resource_id, folder, uidvalidity, uid, message_id, raw_sha256, date,"
                       " internal_date, from_display, from_address, to_addrs, cc_addrs, subject, size, flags,"
                       " attachment_count, fetched_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {mailId, resource, mail.folder, qint64(mail.uidValidity), qint64(mail.uid), mail.messageId, rawSha256,
            sql::timestamp(mail.date), sql::timestamp(mail.internalDate), mail.fromDisplay, mail.fromAddress,
            sql::joinLines(mail.to), sql::joinLines(mail.cc), mail.subject, qint64(mail.raw.size()), sql::joinLines(mail.flags),
            int(mail.attachments.size()), sql::timestamp(m_fetchedAt)});
    if (!inserted.ok())
        return inserted.error();
    return inserted.value()->lastInsertId().toLongLong();
}

common::Result<void> MailIngester::insertAttachments(qint64 rowId, const IncomingMail &mail)
{
    for (int i = 0; i < mail.attachments.size(); ++i) {
        const AttachmentInfo &a = mail.attachments.at(i);
        auto inserted = m_statements.exec(kWhat,
            QStringLiteral("INSERT INTO attachments(mail_id, position, file_name, content_type, size,"
                           " md5, sha1, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {rowId, i, a.fileName, a.contentType, a.size, a.md5, a.sha1, a.sha256});
        if (!inserted.ok())
            return inserted.error();
    }
    return {};
}

common::Result<void> MailIngester::insertSearchText(qint64 rowId, const IncomingMail &mail)
{
    QStringList addresses {mail.fromDisplay, mail.fromAddress};
    addresses << mail.to << mail.cc;
    QStringList attachmentNames;
    for (const AttachmentInfo &a : mail.attachments)
        attachmentNames << a.fileName;
    // The body goes in as UTF-8 bytes (Qt binds a QByteArray as a blob): FTS5 reads a blob's
    // bytes as text in the database's encoding, UTF-8, and the contentless index stores no
    // value, so no blob is kept; a QString would be converted from UTF-16 first.
    auto inserted = m_statements.exec(kWhat,
        QStringLiteral("INSERT INTO mail_fts(rowid, subject, addresses, body, attachments)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {rowId, mail.subject, addresses.join(QLatin1Char(' ')), mail.bodyTextUtf8, attachmentNames.join(QLatin1Char(' '))});
    if (!inserted.ok())
        return inserted.error();
    return {};
}

common::Result<void> MailIngester::queueForSoar(qint64 rowId, const IncomingMail &mail, const QString &rawSha256)
{
    const QByteArray key = IdempotencyKey::compute(mail.resource, mail.messageId.toUtf8(), rawSha256.toLatin1());
    const QVariant time = sql::timestamp(m_fetchedAt);
    // Outbox's pending row; the key may be known already (the same mail stored
    // again after its row was deleted and the outbox kept).
    auto queued = m_statements.exec(
        kWhat, Outbox::insertPendingStatement(), {rowId, mail.resource, QString::fromLatin1(key), time, time, time});
    if (!queued.ok())
        return queued.error();
    if (queued.value()->numRowsAffected() != 1)
        return {};
    auto marked = m_statements.exec(kWhat, QStringLiteral("UPDATE mails SET delivery_state = ? WHERE id = ?"),
        {deliveryStateName(DeliveryState::Pending), rowId});
    if (!marked.ok())
        return marked.error();
    return {};
}

} // namespace soar::store
