#include "store/MailReader.h"

#include "common/Digest.h"
#include "store/RawArchive.h"
#include "store/Sql.h"

namespace soar::store {

namespace {
const QString kWhat = QStringLiteral("read a mail");
} // namespace

MailReader::MailReader(QSqlDatabase db) : m_db(std::move(db))
{ }

common::Error MailReader::notFound(const QString &mailId)
{
    return common::Error(common::Error::Kind::NotFound, QStringLiteral("No mail with id %1 in the mail store.").arg(mailId));
}

common::Result<StoredMail> MailReader::mail(const QString &mailId) const
{
    auto query = sql::exec(m_db, kWhat,
        QStringLiteral("SELECT m.id, r.name, m.folder, m.uidvalidity, m.uid, m.message_id, m.raw_sha256,"
                       " m.date, m.internal_date, m.fetched_at, m.from_display, m.from_address, m.to_addrs,"
                       " m.cc_addrs, m.subject, m.size, m.flags, m.delivery_state, m.soar_incident_id,"
                       " m.soar_message"
                       " FROM mails m JOIN resources r ON r.id = m.resource_id WHERE m.mail_id = ?"),
        {mailId});
    if (!query.ok())
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return notFound(mailId);
    StoredMail mail;
    mail.mailId = mailId;
    const qint64 row = q.value(0).toLongLong();
    mail.resource = q.value(1).toString();
    mail.folder = q.value(2).toString();
    mail.uidValidity = quint32(q.value(3).toLongLong());
    mail.uid = quint32(q.value(4).toLongLong());
    mail.messageId = q.value(5).toString();
    mail.rawSha256 = q.value(6).toString();
    mail.date = sql::dateTime(q.value(7));
    mail.internalDate = sql::dateTime(q.value(8));
    mail.fetchedAt = sql::dateTime(q.value(9));
    mail.fromDisplay = q.value(10).toString();
    mail.fromAddress = q.value(11).toString();
    mail.to = sql::splitLines(q.value(12).toString());
    mail.cc = sql::splitLines(q.value(13).toString());
    mail.subject = q.value(14).toString();
    mail.size = q.value(15).toLongLong();
    mail.flags = sql::splitLines(q.value(16).toString());
    mail.deliveryState = deliveryStateFromName(q.value(17).toString()).value_or(DeliveryState::None);
    mail.soarIncidentId = q.value(18).toString();
    mail.soarMessage = q.value(19).toString();
    auto attached = attachments(row);
    if (!attached.ok())
        return attached.error();
    mail.attachments = attached.value();
    return mail;
}

common::Result<QVector<AttachmentInfo>> MailReader::attachments(qint64 rowId) const
{
    auto query = sql::exec(m_db, kWhat,
        QStringLiteral("SELECT file_name, content_type, size, md5, sha1, sha256 FROM attachments"
                       " WHERE mail_id = ? ORDER BY position"),
        {rowId});
    if (!query.ok())
        return query.error();
    QVector<AttachmentInfo> list;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString()});
    }
    return list;
}

common::Result<QByteArray> MailReader::rawMessage(const QString &mailId, const RawArchive *archive) const
{
    auto query = sql::exec(m_db, QStringLiteral("read a raw message"),
        QStringLiteral("SELECT r.sha256, r.data, r.archive_segment, r.archive_offset, r.size FROM mails m"
                       " JOIN raw_messages r ON r.sha256 = m.raw_sha256 WHERE m.mail_id = ?"),
        {mailId});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return notFound(mailId);
    const QString expected = query.value().value(0).toString();
    QByteArray raw;
    if (query.value().value(2).isNull()) {
        raw = qUncompress(query.value().value(1).toByteArray());
    } else {
        if (!archive)
            return common::Error(common::Error::Kind::Internal,
                QStringLiteral("The raw message of mail %1 is in the mail archive, which is not open.").arg(mailId));
        auto read = archive->read(
            {query.value().value(2).toLongLong(), query.value().value(3).toLongLong(), query.value().value(4).toLongLong()});
        if (!read.ok())
            return read.error();
        raw = read.value();
    }
    const QString actual = common::Digest::sha256Hex(raw);
    if (actual != expected) {
        return common::Error(common::Error::Kind::Storage,
            QStringLiteral("The raw message of mail %1 is damaged in the mail store %2 (SHA-256 mismatch); "
                           "fetch it again from the server.")
                .arg(mailId, m_db.databaseName()));
    }
    return raw;
}

common::Result<qint64> MailReader::rowId(const QString &mailId) const
{
    auto query = sql::exec(m_db, kWhat, QStringLiteral("SELECT id FROM mails WHERE mail_id = ?"), {mailId});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return notFound(mailId);
    return query.value().value(0).toLongLong();
}

} // namespace soar::store
