#pragma once

#include "common/Result.h"
#include "tools/IocExtractor.h"
#include "tools/MailAnalysisInput.h"
#include "tools/MailAnalysisReport.h"

#include <QByteArray>

namespace soar::msg {
struct OutlookMessage;
}

namespace soar::tools {

// "Analyze EML / MSG": turns a mail into a MailAnalysisReport. analyze() works on the neutral
// MailAnalysisInput; analyzeMsg() reads an Outlook .msg file first. (EML: fill the input from
// mime::Mail and call analyze().) A .msg file attached as plain data (forwarded from Outlook
// into an EML) is recognised and analysed as a nested mail.
class MailAnalyzer {
public:
    struct Options {
        bool extractIocs = true;
        int maxNestingDepth = 8; // attached mail inside attached mail ...
        IocExtractor::Options iocs;
    };

    MailAnalyzer() = default;
    explicit MailAnalyzer(Options options) : m_options(std::move(options)) { }

    MailAnalysisReport analyze(const MailAnalysisInput &mail) const;
    common::Result<MailAnalysisReport> analyzeMsg(const QByteArray &msgFile) const;

    static MailAnalysisInput inputFromOutlook(const msg::OutlookMessage &message);

private:
    MailAnalysisReport analyze(const MailAnalysisInput &mail, int depth) const;
    std::shared_ptr<const MailAnalysisReport> analyzeAttachedMail(const MailAnalysisInput::Attachment &a, int depth) const;

    Options m_options;
};

} // namespace soar::tools
