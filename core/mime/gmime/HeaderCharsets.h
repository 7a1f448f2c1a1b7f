#pragma once

#include "mime/gmime/ParseSession.h"

#include <QByteArray>
#include <QString>

namespace soar::mime::gmime {

// GMime decodes an RFC 2047 word or an RFC 2231 parameter in a charset it cannot convert by
// falling back to UTF-8 / windows-1252 without a warning. This finds those charsets in a raw
// header value so the mail is flagged with an "unknown charset" defect, as for bodies.
class HeaderCharsets {
public:
    static void check(const QString &headerName, const QByteArray &rawValue, ParseSession &session);
};

} // namespace soar::mime::gmime
