#include "tools/MailAnalysisReport.h"

#include <QJsonArray>

namespace soar::tools {

namespace {

QJsonObject addressJson(const MailAnalysisInput::Address &a)
{
    return QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("email"), a.email}};
}

QJsonArray addressesJson(const QList<MailAnalysisInput::Address> &list)
{
    QJsonArray array;
    for (const auto &a : list)
        array.append(addressJson(a));
    return array;
}

QJsonObject attachmentJson(const MailAnalysisReport::Attachment &a)
{
    QJsonObject o {{QStringLiteral("fileName"), a.fileName}, {QStringLiteral("mimeType"), a.mimeType},
        {QStringLiteral("size"), a.size}, {QStringLiteral("md5"), a.md5}, {QStringLiteral("sha1"), a.sha1},
        {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("hidden"), a.hidden}};
    if (a.embeddedMessage)
        o.insert(QStringLiteral("embeddedMessage"), a.embeddedMessage->toJson());
    return o;
}

} // namespace

QJsonObject MailAnalysisReport::toJson() const
{
    QJsonArray attachmentArray;
    for (const Attachment &a : attachments)
        attachmentArray.append(attachmentJson(a));
    QJsonObject o {{QStringLiteral("format"), format}, {QStringLiteral("subject"), subject},
        {QStringLiteral("from"), addressJson(from)}, {QStringLiteral("to"), addressesJson(to)},
        {QStringLiteral("cc"), addressesJson(cc)}, {QStringLiteral("bcc"), addressesJson(bcc)},
        {QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("messageId"), messageId}, {QStringLiteral("textBodyChars"), qint64(textBodyChars)},
        {QStringLiteral("htmlBodyChars"), qint64(htmlBodyChars)}, {QStringLiteral("attachments"), attachmentArray},
        {QStringLiteral("defects"), QJsonArray::fromStringList(defects)}, {QStringLiteral("iocs"), iocs.toJson()}};
    if (!messageClass.isEmpty())
        o.insert(QStringLiteral("messageClass"), messageClass);
    return o;
}

} // namespace soar::tools
