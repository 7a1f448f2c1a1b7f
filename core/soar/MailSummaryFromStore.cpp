#include "soar/MailSummaryFromStore.h"

namespace soar::soar {

MailSummaryForSoar mailSummaryFromStore(const store::StoredMail &mail)
{
    MailSummaryForSoar summary;
    summary.mailId = mail.mailId;
    summary.messageId = mail.messageId.toUtf8();
    summary.subject = mail.subject;
    summary.from = mail.fromDisplay.isEmpty() ? mail.fromAddress : mail.fromDisplay;
    summary.to = mail.to;
    summary.date = mail.date;
    for (const store::AttachmentInfo &attachment : mail.attachments)
        summary.attachmentNames << attachment.fileName;
    summary.rawSha256Hex = mail.rawSha256.toLatin1();
    return summary;
}

} // namespace soar::soar
