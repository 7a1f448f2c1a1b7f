#include "mime/Mail.h"

#include "mime/HtmlToText.h"
#include "mime/MailDefect.h"

namespace soar::mime {

const MailAddressList &Mail::addresses(AddressKind kind) const
{
    switch (kind) {
    case AddressKind::From:
        return from;
    case AddressKind::Sender:
        return sender;
    case AddressKind::ReplyTo:
        return replyTo;
    case AddressKind::To:
        return to;
    case AddressKind::Cc:
        return cc;
    case AddressKind::Bcc:
        return bcc;
    }
    return from;
}

QStringList Mail::addressStrings(AddressKind kind) const
{
    QStringList result;
    for (const MailAddress &a : addresses(kind))
        result << a.address;
    return result;
}

QStringList Mail::headerValues(const QString &name) const
{
    QStringList result;
    for (const MailHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            result << h.decodedValue;
    }
    return result;
}

QStringList Mail::attachmentNames() const
{
    QStringList result;
    for (const Attachment &a : attachments)
        result << a.fileName;
    return result;
}

QStringList Mail::allAttachmentNames() const
{
    QStringList result;
    for (const Attachment &a : attachments) {
        result << a.fileName;
        if (a.enclosed)
            result << a.enclosed->allAttachmentNames();
    }
    return result;
}

QString Mail::bodyText() const
{
    if (!textBody.isEmpty() || htmlBody.isEmpty())
        return textBody;
    return HtmlToText::convert(htmlBody);
}

} // namespace soar::mime
