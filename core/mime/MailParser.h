#pragma once

#include "mime/Mail.h"
#include "mime/ParseLimits.h"

#include <QByteArray>

namespace soar::mime {

// Raw RFC 5322 bytes -> Mail, through GMime 3. Never throws, never crashes on hostile input
// and never drops a mail: whatever could not be understood or went past a limit is recorded
// in Mail::defects ("parse limited: ..." for limits) and the rest is returned.
// Thread-safe: GMime is initialised once per process and every call has its own state.
class MailParser {
public:
    using Limits = ParseLimits;

    static Mail parse(const QByteArray &raw, const Limits &limits = {});
    static Mail parse(const QByteArray &raw, const Limits &limits, const QDateTime &internalDate);

    // Just a header block (as fetched with BODY.PEEK[HEADER]): addresses, subject, date,
    // Message-ID and the header list; no bodies or attachments. rawSize/rawSha256 describe
    // the given bytes.
    static Mail parseHeadersOnly(const QByteArray &headerBlock, const Limits &limits = {});
};

} // namespace soar::mime
