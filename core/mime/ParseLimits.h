#pragma once

#include <QtGlobal>

namespace soar::mime {

// How much of a mail MailParser reads before it stops and records a "parse limited" defect.
// Defaults follow Dovecot's message parser: 100 nested MIME parts, 10,000 parts in total and a
// 10 MiB header block.
struct ParseLimits {
    int maxDepth = 100; // MIME nesting, enclosed message/rfc822 mails included
    int maxParts = 10000; // MIME parts in the whole mail, enclosed mails included
    qint64 maxHeaderBytes = 10 * 1024 * 1024; // one header block: names plus raw values
    int maxDefects = 100; // further defects are counted, not listed
};

} // namespace soar::mime
