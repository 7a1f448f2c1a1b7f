#include "daemon/MailJson.h"

#include "daemon/MailConverter.h"
#include "store/DeliveryState.h"

#include <QJsonArray>

namespace soar::daemon {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray addresses(const mime::MailAddressList &list)
{
    QJsonArray out;
    for (const mime::MailAddress &a : list)
        out.append(MailConverter::display(a));
    return out;
}

QJsonArray attachmentNames(const mime::Mail &mail)
{
    return strings(mail.attachmentNames());
}

} // namespace

QString MailJson::isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject MailJson::contract(const store::StoredMail &m)
{
    QJsonArray names;
    for (const store::AttachmentInfo &a : m.attachments)
        names.append(a.fileName);
    return {{QStringLiteral("cloud_soar_mail_id"), m.mailId}, {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("resource"), m.resource}, {QStringLiteral("folder"), m.folder}, {QStringLiteral("uid"), qint64(m.uid)},
        {QStringLiteral("date"), isoDate(m.date.isValid() ? m.date : m.internalDate)}, {QStringLiteral("from"), m.fromDisplay},
        {QStringLiteral("to"), strings(m.to)}, {QStringLiteral("cc"), strings(m.cc)}, {QStringLiteral("subject"), m.subject},
        {QStringLiteral("size"), m.size}, {QStringLiteral("attachments"), names},
        {QStringLiteral("delivery_state"), store::deliveryStateName(m.deliveryState)}};
}

QJsonObject MailJson::contract(const mime::Mail &mail, quint32 uid, const std::optional<QString> &mailId)
{
    return {{QStringLiteral("cloud_soar_mail_id"), mailId ? QJsonValue(*mailId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message_id"), mail.messageId}, {QStringLiteral("uid"), qint64(uid)},
        {QStringLiteral("date"), isoDate(mail.date.isValid() ? mail.date : mail.internalDate)},
        {QStringLiteral("from"), mail.from.isEmpty() ? QString() : MailConverter::display(mail.from.first())},
        {QStringLiteral("to"), addresses(mail.to)}, {QStringLiteral("cc"), addresses(mail.cc)},
        {QStringLiteral("subject"), mail.subject}, {QStringLiteral("size"), mail.rawSize},
        {QStringLiteral("attachments"), attachmentNames(mail)}};
}

QJsonObject MailJson::parsed(const mime::Mail &mail)
{
    QJsonArray headers;
    for (const mime::MailHeader &h : mail.headers)
        headers.append(QJsonObject {{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.decodedValue}});
    QJsonArray attachments;
    for (const mime::Attachment &a : mail.attachments) {
        QJsonObject item {{QStringLiteral("file_name"), a.fileName}, {QStringLiteral("content_type"), a.contentType},
            {QStringLiteral("size"), a.size}, {QStringLiteral("inline"), a.isInline()}, {QStringLiteral("md5"), a.md5},
            {QStringLiteral("sha1"), a.sha1}, {QStringLiteral("sha256"), a.sha256}};
        if (a.enclosed)
            item.insert(QStringLiteral("enclosed_mail"), parsed(*a.enclosed));
        attachments.append(item);
    }
    return {{QStringLiteral("message_id"), mail.messageId}, {QStringLiteral("date"), isoDate(mail.date)},
        {QStringLiteral("from"), addresses(mail.from)}, {QStringLiteral("to"), addresses(mail.to)},
        {QStringLiteral("cc"), addresses(mail.cc)}, {QStringLiteral("reply_to"), addresses(mail.replyTo)},
        {QStringLiteral("subject"), mail.subject}, {QStringLiteral("headers"), headers},
        {QStringLiteral("received"), strings(mail.receivedChain)}, {QStringLiteral("text_body"), mail.textBody},
        {QStringLiteral("html_body"), mail.htmlBody}, {QStringLiteral("attachments"), attachments},
        {QStringLiteral("defects"), strings(mail.defects)}, {QStringLiteral("raw_sha256"), mail.rawSha256},
        {QStringLiteral("size"), mail.rawSize}};
}

QJsonObject MailJson::full(const store::StoredMail &stored, const mime::Mail &mail)
{
    QJsonObject out = parsed(mail);
    out.insert(QStringLiteral("cloud_soar_mail_id"), stored.mailId);
    out.insert(QStringLiteral("resource"), stored.resource);
    out.insert(QStringLiteral("folder"), stored.folder);
    out.insert(QStringLiteral("uid"), qint64(stored.uid));
    out.insert(QStringLiteral("uidvalidity"), qint64(stored.uidValidity));
    out.insert(QStringLiteral("internal_date"), isoDate(stored.internalDate));
    out.insert(QStringLiteral("fetched_at"), isoDate(stored.fetchedAt));
    out.insert(QStringLiteral("flags"), strings(stored.flags));
    out.insert(QStringLiteral("delivery_state"), store::deliveryStateName(stored.deliveryState));
    if (!stored.soarIncidentId.isEmpty())
        out.insert(QStringLiteral("soar_incident_id"), stored.soarIncidentId);
    if (!stored.soarMessage.isEmpty())
        out.insert(QStringLiteral("soar_message"), stored.soarMessage); // why Cloud SOAR refused it, what waits
    return out;
}

} // namespace soar::daemon
