#pragma once

#include "common/Error.h"
#include "imap/SessionOptions.h"
#include "store/RunRecord.h"

#include <QString>

namespace soar::imap {
class ImapSession;
}
namespace soar::store {
class MailStore;
}

namespace soar::test {

// The daemon's fetch cycle run in the test process with SessionOptions the test chooses
// (short timeouts, a pinned fingerprint, a scripted server), for faults soar-imapd's settings
// cannot express. The resource fetches unseen mail with no filters.
class CycleRunner {
public:
    struct Outcome {
        common::Error error; // opening or the cycle; empty when the run finished cleanly
        bool opened = false;
        store::RunRecord record;
    };

    // Connect, STARTTLS when configured, log in, select; the first error.
    static common::Error open(imap::ImapSession &session, const QString &user, const QString &password, const QString &folder);
    static Outcome runOnce(const imap::SessionOptions &options, const QString &user, const QString &password,
        const QString &folder, const QString &resource, store::MailStore &store);
};

} // namespace soar::test
