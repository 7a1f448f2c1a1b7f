#include "imap/parser/ResponseParser.h"

#include "imap/parser/ResponseDecoder.h"

namespace soar::imap {

ResponseParser::ResponseParser(qint64 maxMessageSize) : m_framer(maxMessageSize, kMaxLineSize)
{ }

std::optional<Response> ResponseParser::next()
{
    auto raw = m_framer.next();
    if (!raw)
        return std::nullopt;
    return ResponseDecoder::decode(*raw);
}

} // namespace soar::imap
