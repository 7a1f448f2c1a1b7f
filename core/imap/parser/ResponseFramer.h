#pragma once

#include "imap/parser/RawResponse.h"

#include <QByteArray>

#include <optional>

namespace soar::imap {

// Cuts the incoming byte stream into complete responses. Bytes may arrive in any split; each byte
// is looked at a bounded number of times (linear in the input). A literal larger than
// maxLiteralSize is counted off and dropped as it streams, never buffered.
class ResponseFramer {
public:
    ResponseFramer(qint64 maxLiteralSize, qint64 maxLineSize);

    void feed(const QByteArray &bytes);
    // The next complete response, or nothing until more bytes are fed.
    std::optional<RawResponse> next();
    // Forgets everything buffered (used right after STARTTLS is accepted).
    void reset();
    void setMaxLiteralSize(qint64 size) { m_maxLiteralSize = size; }

    // The size announced by a line ending in "{n}\r\n" (or "{n+}"), or -1.
    static qint64 trailingLiteralSize(const QByteArray &line);

private:
    enum class State { Line, Literal, DiscardLiteral, DiscardLine };

    void compact();
    RawResponse takeCurrent();

    qint64 m_maxLiteralSize;
    qint64 m_maxLineSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // first unconsumed byte
    qsizetype m_scanFrom = 0; // where the search for the next LF resumes
    State m_state = State::Line;
    qint64 m_literalRemaining = 0;
    RawResponse m_current;
};

} // namespace soar::imap
