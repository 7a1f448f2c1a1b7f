#include "mails/AttachmentAnalysis.h"

#include "mime/Attachment.h"
#include "mime/MailParser.h"
#include "msg/OutlookMessageReader.h"
#include "tools/MailAnalyzer.h"
#include "tools/MimeMailAdapter.h"

#include <QCoreApplication>

namespace soar::ui {

namespace {

bool isMsg(const mime::Attachment &a)
{
    return a.fileName.endsWith(QStringLiteral(".msg"), Qt::CaseInsensitive)
        || a.contentType == QStringLiteral("application/vnd.ms-outlook");
}

bool isEml(const mime::Attachment &a)
{
    return a.enclosed || a.contentType == QStringLiteral("message/rfc822")
        || a.fileName.endsWith(QStringLiteral(".eml"), Qt::CaseInsensitive);
}

} // namespace

bool AttachmentAnalysis::canAnalyze(const mime::Attachment &attachment)
{
    return isEml(attachment) || isMsg(attachment);
}

common::Result<tools::MailAnalysisReport> AttachmentAnalysis::analyze(const mime::Attachment &attachment)
{
    const tools::MailAnalyzer analyzer;
    if (isMsg(attachment)) {
        if (!msg::OutlookMessageReader::looksLikeOle2(attachment.data)) {
            return common::Error(common::Error::Kind::Parse,
                QCoreApplication::translate("soar::ui::AttachmentAnalysis",
                    "%1 is named like an Outlook message but is not one (no OLE2 compound file header).")
                    .arg(attachment.fileName));
        }
        return analyzer.analyzeMsg(attachment.data);
    }
    if (attachment.enclosed)
        return analyzer.analyze(tools::MimeMailAdapter::toInput(*attachment.enclosed));
    if (isEml(attachment))
        return analyzer.analyze(tools::MimeMailAdapter::toInput(mime::MailParser::parse(attachment.data)));
    return common::Error(common::Error::Kind::Parse,
        QCoreApplication::translate("soar::ui::AttachmentAnalysis",
            "%1 is neither a mail (.eml, message/rfc822) nor an Outlook message (.msg); nothing to analyze.")
            .arg(attachment.fileName));
}

} // namespace soar::ui
