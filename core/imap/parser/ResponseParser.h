#pragma once

#include "imap/parser/Response.h"
#include "imap/parser/ResponseFramer.h"

#include <optional>

namespace soar::imap {

// The streaming parser: feed it bytes as they arrive, then take typed responses until it has
// none. Call next() until it returns nothing after every feed(), so an oversized literal is
// discarded as it streams rather than piling up in the buffer.
class ResponseParser {
public:
    static constexpr qint64 kDefaultMaxMessageSize = 50LL * 1024 * 1024;
    // A line of text (without literals) longer than this is not IMAP from a sane server.
    static constexpr qint64 kMaxLineSize = 16LL * 1024 * 1024;

    explicit ResponseParser(qint64 maxMessageSize = kDefaultMaxMessageSize);

    void feed(const QByteArray &bytes) { m_framer.feed(bytes); }
    std::optional<Response> next();
    void reset() { m_framer.reset(); }
    void setMaxMessageSize(qint64 size) { m_framer.setMaxLiteralSize(size); }

private:
    ResponseFramer m_framer;
};

} // namespace soar::imap
