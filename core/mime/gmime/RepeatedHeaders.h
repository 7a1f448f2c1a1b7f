#pragma once

#include "mime/Mail.h"

namespace soar::mime::gmime {

class ParseSession;

// RFC 5322 3.6 allows Date, From, Sender, Reply-To, To, Cc, Bcc, Message-ID and Subject once.
// GMime keeps the last Subject / Date / Message-ID and joins the address lists; mail clients
// show the first, and a second From is a known display-spoofing trick. This puts the first
// value back and records a defect ("duplicate header: 2 From headers; the first is shown").
class RepeatedHeaders {
public:
    static void keepFirst(Mail &mail, ParseSession &session);
    // True for the fields keepFirst() reports; GMime's own "conflicting header" warning for
    // them would only say the same thing again.
    static bool handles(const QString &headerName);
};

} // namespace soar::mime::gmime
