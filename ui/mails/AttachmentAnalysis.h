#pragma once

#include "common/Result.h"
#include "tools/MailAnalysisReport.h"

namespace soar::mime {
struct Attachment;
}

namespace soar::ui {

// "Analyze" on an attachment: an attached mail (message/rfc822 or a .eml file) through the
// MIME parser, an Outlook .msg file through the MSG reader; both give a MailAnalysisReport.
class AttachmentAnalysis {
public:
    static bool canAnalyze(const mime::Attachment &attachment);
    static common::Result<tools::MailAnalysisReport> analyze(const mime::Attachment &attachment);
};

} // namespace soar::ui
