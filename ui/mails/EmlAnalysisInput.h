#pragma once

#include "tools/MailAnalysisInput.h"

namespace soar::mime {
struct Mail;
}

namespace soar::ui {

// The EML side of "Analyze": a GMime-parsed mail as the analyzer's neutral input, enclosed
// message/rfc822 mails included, so EML and MSG give the same report. (core/tools does not
// link the MIME module, hence this adapter lives where both are available.)
class EmlAnalysisInput {
public:
    static tools::MailAnalysisInput from(const mime::Mail &mail);
};

} // namespace soar::ui
