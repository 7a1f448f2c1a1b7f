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
// mime::Mail and call analyze().)
class MailAnalyzer {
public:
    struct Options {
        bool extractIocs = true;
        IocExtractor::Options iocs;
    };

    MailAnalyzer() = default;
    explicit MailAnalyzer(Options options) : m_options(std::move(options)) { }

    MailAnalysisReport analyze(const MailAnalysisInput &mail) const;
    common::Result<MailAnalysisReport> analyzeMsg(const QByteArray &msgFile) const;

    static MailAnalysisInput inputFromOutlook(const msg::OutlookMessage &message);

private:
    Options m_options;
};

} // namespace soar::tools
