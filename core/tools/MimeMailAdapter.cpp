#include "tools/MimeMailAdapter.h"

#include "mime/MailParser.h"
#include "tools/MailAnalyzer.h"

namespace soar::tools {

namespace {

QList<MailAnalysisInput::Address> addresses(const mime::MailAddressList &list)
{
    QList<MailAnalysisInput::Address> out;
    for (const mime::MailAddress &a : list)
        out.append({a.name, a.address});
    return out;
}

// Forwarded mails often arrive as application/octet-stream "x.eml" or as a base64 encoded
// message/rfc822 part that GMime leaves as data: parse those too.
bool looksLikeMailFile(const mime::Attachment &a)
{
    return a.contentType == QLatin1String("message/rfc822") || a.fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive);
}

constexpr int kMaxDepth = 8;

} // namespace

MailAnalysisInput MimeMailAdapter::toInput(const mime::Mail &mail)
{
    return toInput(mail, 0);
}

MailAnalysisInput MimeMailAdapter::toInput(const mime::Mail &mail, int depth)
{
    MailAnalysisInput in;
    in.format = QStringLiteral("eml");
    in.subject = mail.subject;
    if (!mail.from.isEmpty())
        in.from = {mail.from.first().name, mail.from.first().address};
    in.to = addresses(mail.to);
    in.cc = addresses(mail.cc);
    in.bcc = addresses(mail.bcc);
    in.date = mail.date;
    in.messageId = mail.messageId;
    in.defects = mail.defects;
    QStringList headerLines;
    for (const mime::MailHeader &h : mail.headers)
        headerLines << h.name + QStringLiteral(": ") + h.decodedValue;
    in.headers = headerLines.join(QStringLiteral("\r\n"));
    in.textBody = mail.textBody;
    in.htmlBody = mail.htmlBody;
    for (const mime::Attachment &a : mail.attachments) {
        MailAnalysisInput::Attachment out;
        out.fileName = a.fileName;
        out.mimeType = a.contentType;
        out.data = a.data;
        if (depth < kMaxDepth) {
            if (a.enclosed)
                out.embeddedMessage = std::make_shared<const MailAnalysisInput>(toInput(*a.enclosed, depth + 1));
            else if (looksLikeMailFile(a) && !a.data.isEmpty())
                out.embeddedMessage
                    = std::make_shared<const MailAnalysisInput>(toInput(mime::MailParser::parse(a.data), depth + 1));
        }
        in.attachments.append(out);
    }
    return in;
}

MailAnalysisReport MimeMailAdapter::analyzeEml(const QByteArray &raw)
{
    return MailAnalyzer().analyze(toInput(mime::MailParser::parse(raw)));
}

} // namespace soar::tools
