#pragma once

#include <QByteArray>
#include <QList>

namespace soar::imap {

// One complete response as framed off the wire, before it is typed: the line text with its
// literal markers ("{n}\r\n") still in place, and the literal bodies collected beside it so the
// text never has to be re-scanned for them.
struct RawResponse {
    QByteArray text; // without the final CRLF
    QList<QByteArray> literals; // in the order their markers appear in text
    QList<bool> oversized; // literal i exceeded the size limit and was discarded while streaming
    bool lineTooLong = false; // text exceeded the line limit and was discarded up to its end
};

} // namespace soar::imap
