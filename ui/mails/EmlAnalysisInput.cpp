#include "mails/EmlAnalysisInput.h"

#include "mails/MailPart.h"
#include "mime/Mail.h"

namespace soar::ui {

namespace {

QList<tools::MailAnalysisInput::Address> addresses(const mime::MailAddressList &list)
{
    QList<tools::MailAnalysisInput::Address> out;
    for (const mime::MailAddress &a : list)
        out.append({a.name, a.address});
    return out;
}

} // namespace

tools::MailAnalysisInput EmlAnalysisInput::from(const mime::Mail &mail)
{
    tools::MailAnalysisInput input;
    input.format = QStringLiteral("eml");
    input.subject = mail.subject;
    if (!mail.from.isEmpty())
        input.from = {mail.from.first().name, mail.from.first().address};
    input.to = addresses(mail.to);
    input.cc = addresses(mail.cc);
    input.bcc = addresses(mail.bcc);
    input.date = mail.date;
    input.messageId = mail.messageId;
    input.headers = MailPartText::headerBlock(mail);
    input.textBody = mail.textBody;
    input.htmlBody = mail.htmlBody;
    for (const mime::Attachment &a : mail.attachments) {
        tools::MailAnalysisInput::Attachment attachment;
        attachment.fileName = a.fileName;
        attachment.mimeType = a.contentType;
        attachment.data = a.data;
        if (a.enclosed)
            attachment.embeddedMessage = std::make_shared<const tools::MailAnalysisInput>(from(*a.enclosed));
        input.attachments.append(attachment);
    }
    return input;
}

} // namespace soar::ui
