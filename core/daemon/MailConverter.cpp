#include "daemon/MailConverter.h"

#include "mime/HtmlToText.h"

namespace soar::daemon {

QString MailConverter::display(const mime::MailAddress &address)
{
    if (address.name.isEmpty() || address.name == address.address)
        return address.address;
    return address.name + QStringLiteral(" <") + address.address + QLatin1Char('>');
}

mime::Mail MailConverter::summaryOnly(mime::Mail mail)
{
    mail.headers.clear();
    mail.receivedChain.clear();
    mail.textBody.clear();
    mail.htmlBody.clear();
    for (mime::Attachment &a : mail.attachments) {
        a.data.clear();
        a.enclosed.reset();
    }
    return mail;
}

MailConverter::BodyTexts MailConverter::bodyTexts(const mime::Mail &mail)
{
    BodyTexts texts;
    texts.plain = mail.textBody;
    if (!mail.htmlBody.isEmpty())
        texts.fromHtml = mime::HtmlToText::convert(mail.htmlBody);
    return texts;
}

QString MailConverter::indexedText(const mime::Mail &mail, const BodyTexts *known)
{
    if (known && mail.textBody.isEmpty())
        return known->fromHtml;
    return mail.bodyText();
}

rules::MailFacts MailConverter::toFacts(const mime::Mail &mail, quint32 uid, bool seen, const BodyTexts *body)
{
    rules::MailFacts facts;
    facts.from = mail.addressStrings(mime::Mail::AddressKind::From);
    facts.to = mail.addressStrings(mime::Mail::AddressKind::To);
    facts.cc = mail.addressStrings(mime::Mail::AddressKind::Cc);
    facts.subject = mail.subject;
    for (const mime::MailHeader &header : mail.headers)
        facts.headers.append({header.name, header.decodedValue});
    facts.attachmentNames = mail.allAttachmentNames();
    facts.seen = seen;
    facts.uid = uid;
    facts.date = mail.date.isValid() ? mail.date : mail.internalDate;
    if (body) {
        QStringList parts;
        if (!body->plain.isEmpty())
            parts << body->plain;
        if (!mail.htmlBody.isEmpty())
            parts << body->fromHtml;
        facts.textParts = parts;
    }
    return facts;
}

store::IncomingMail MailConverter::toIncoming(
    const mime::Mail &mail, const QByteArray &raw, const Origin &origin, const QString &bodyText)
{
    store::IncomingMail in;
    in.resource = origin.resource;
    in.folder = origin.folder;
    in.uidValidity = origin.uidValidity;
    in.uid = origin.uid;
    in.flags = origin.flags;
    in.messageId = mail.messageId;
    in.date = mail.date;
    in.internalDate = mail.internalDate;
    if (!mail.from.isEmpty()) {
        in.fromDisplay = display(mail.from.first());
        in.fromAddress = mail.from.first().address;
    }
    for (const mime::MailAddress &a : mail.to)
        in.to << display(a);
    for (const mime::MailAddress &a : mail.cc)
        in.cc << display(a);
    in.subject = mail.subject;
    in.bodyTextUtf8 = bodyText.toUtf8();
    for (const mime::Attachment &a : mail.attachments)
        in.attachments.append({a.fileName, a.contentType, a.size, a.md5, a.sha1, a.sha256});
    in.raw = raw;
    if (raw.size() == mail.rawSize)
        in.rawSha256 = mail.rawSha256; // the parser hashed these very bytes
    return in;
}

} // namespace soar::daemon
