#include "tools/MailAnalyzer.h"

#include "common/PayloadDigests.h"
#include "mime/HtmlToText.h"
#include "msg/OutlookMessageReader.h"
#include "tools/PublicSuffixList.h"

namespace soar::tools {

namespace {

using Address = MailAnalysisInput::Address;

} // namespace

MailAnalysisReport MailAnalyzer::analyze(const MailAnalysisInput &mail) const
{
    return analyze(mail, 0);
}

std::shared_ptr<const MailAnalysisReport> MailAnalyzer::analyzeAttachedMail(
    const MailAnalysisInput::Attachment &a, int depth) const
{
    if (depth >= m_options.maxNestingDepth)
        return nullptr;
    if (a.embeddedMessage)
        return std::make_shared<const MailAnalysisReport>(analyze(*a.embeddedMessage, depth + 1));
    // A forwarded Outlook item attached to an EML arrives as plain file data.
    const bool namedMsg = a.fileName.endsWith(QStringLiteral(".msg"), Qt::CaseInsensitive)
        || a.mimeType.compare(QStringLiteral("application/vnd.ms-outlook"), Qt::CaseInsensitive) == 0;
    if (!namedMsg || !msg::OutlookMessageReader::looksLikeOle2(a.data))
        return nullptr;
    const auto message = msg::OutlookMessageReader().read(a.data);
    if (!message.ok())
        return nullptr;
    return std::make_shared<const MailAnalysisReport>(analyze(inputFromOutlook(message.value()), depth + 1));
}

MailAnalysisReport MailAnalyzer::analyze(const MailAnalysisInput &mail, int depth) const
{
    MailAnalysisReport report;
    report.format = mail.format;
    report.messageClass = mail.messageClass;
    report.subject = mail.subject;
    report.from = mail.from;
    report.to = mail.to;
    report.cc = mail.cc;
    report.bcc = mail.bcc;
    report.date = mail.date;
    report.messageId = mail.messageId;
    report.textBodyChars = mail.textBody.size();
    report.htmlBodyChars = mail.htmlBody.size();
    report.defects = mail.defects;
    for (const MailAnalysisInput::Attachment &a : mail.attachments) {
        MailAnalysisReport::Attachment summary;
        summary.fileName = a.fileName;
        summary.mimeType = a.mimeType;
        summary.size = a.data.size();
        const common::PayloadDigests::Hex digests = common::PayloadDigests::of(a.data);
        summary.md5 = digests.md5;
        summary.sha1 = digests.sha1;
        summary.sha256 = digests.sha256;
        summary.hidden = a.hidden;
        summary.embeddedMessage = analyzeAttachedMail(a, depth);
        report.attachments.append(summary);
    }
    if (m_options.extractIocs) {
        const IocExtractor extractor(m_options.iocs, PublicSuffixList::shared());
        report.iocs.merge(extractor.extract(mail.subject, QStringLiteral("subject")));
        report.iocs.merge(extractor.extract(mail.headers, QStringLiteral("headers")));
        report.iocs.merge(extractor.extract(mail.textBody, QStringLiteral("text body")));
        report.iocs.merge(extractor.extract(mime::HtmlToText::convert(mail.htmlBody), QStringLiteral("html body")));
    }
    return report;
}

common::Result<MailAnalysisReport> MailAnalyzer::analyzeMsg(const QByteArray &msgFile) const
{
    const auto message = msg::OutlookMessageReader().read(msgFile);
    if (!message.ok())
        return message.error();
    return analyze(inputFromOutlook(message.value()));
}

MailAnalysisInput MailAnalyzer::inputFromOutlook(const msg::OutlookMessage &m)
{
    using Type = msg::OutlookRecipient::Type;
    MailAnalysisInput input;
    input.format = QStringLiteral("msg");
    input.messageClass = m.messageClass;
    input.subject = m.subject;
    input.from = Address {m.senderName, m.senderEmail};
    for (const msg::OutlookRecipient &r : m.recipients) {
        const Address address {r.name, r.email};
        if (r.type == Type::Cc)
            input.cc.append(address);
        else if (r.type == Type::Bcc)
            input.bcc.append(address);
        else if (r.type == Type::To)
            input.to.append(address);
    }
    input.date = m.submitTime.isValid() ? m.submitTime : m.deliveryTime;
    input.messageId = m.internetMessageId;
    input.headers = m.transportHeaders;
    input.textBody = m.body;
    input.htmlBody = m.htmlText;
    for (const msg::OutlookAttachment &a : m.attachments) {
        MailAnalysisInput::Attachment attachment;
        attachment.fileName = a.fileName();
        attachment.mimeType = a.mimeTag;
        attachment.data = a.data;
        attachment.hidden = a.hidden;
        if (a.embeddedMessage) {
            attachment.embeddedMessage = std::make_shared<const MailAnalysisInput>(inputFromOutlook(*a.embeddedMessage));
            if (attachment.mimeType.isEmpty())
                attachment.mimeType = QStringLiteral("application/vnd.ms-outlook");
        }
        input.attachments.append(attachment);
    }
    return input;
}

} // namespace soar::tools
