#pragma once

#include "mime/Mail.h"
#include "tools/MailAnalysisInput.h"
#include "tools/MailAnalysisReport.h"

namespace soar::tools {

// The EML half of "Analyze EML / MSG": a GMime-parsed mail as analyzer input, enclosed
// message/rfc822 parts included, so EML and MSG files produce the same kind of report.
class MimeMailAdapter {
public:
    static MailAnalysisInput toInput(const mime::Mail &mail);
    // Parses raw RFC 5322 bytes and analyses them.
    static MailAnalysisReport analyzeEml(const QByteArray &raw);

private:
    static MailAnalysisInput toInput(const mime::Mail &mail, int depth);
};

} // namespace soar::tools
