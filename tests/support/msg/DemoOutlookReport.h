#pragma once

#include <QByteArray>

namespace soar::test {

// The demo's Outlook report, resources/demo/03-forwarded-msg-shared-document.eml: a user's
// report-button forward whose attachment is the reported phishing mail as an Outlook .msg,
// written by MsgWriter. Every byte is made here; tst_demooutlookreport checks that the file in
// resources/demo/ is exactly this, and make-demo-outlook-report writes it anew.
class DemoOutlookReport {
public:
    static QByteArray msg(); // the reported mail, "shared document request.msg"
    static QByteArray eml(); // the report that carries it
};

} // namespace soar::test
