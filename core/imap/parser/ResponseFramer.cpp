#include "imap/parser/ResponseFramer.h"

#include <cstring>

namespace soar::imap {

namespace {
// Below this a compaction is not worth the copy.
constexpr qsizetype kCompactThreshold = 64 * 1024;
// More digits than this cannot be a sane literal size (and would overflow).
constexpr int kMaxLiteralDigits = 15;
} // namespace

ResponseFramer::ResponseFramer(qint64 maxLiteralSize, qint64 maxLineSize)
    : m_maxLiteralSize(maxLiteralSize), m_maxLineSize(maxLineSize)
{ }

void ResponseFramer::feed(const QByteArray &bytes)
{
    if (m_pos == m_buffer.size()) {
        // Nothing pending: share the chunk instead of copying it.
        m_buffer = bytes;
        m_pos = 0;
        m_scanFrom = 0;
        return;
    }
    m_buffer.append(bytes);
}

void ResponseFramer::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_scanFrom = 0;
    m_state = State::Line;
    m_literalRemaining = 0;
    m_current = RawResponse();
}

qint64 ResponseFramer::trailingLiteralSize(const QByteArray &line)
{
    qsizetype end = line.size();
    if (end > 0 && line.at(end - 1) == '\n')
        --end;
    if (end > 0 && line.at(end - 1) == '\r')
        --end;
    if (end == 0 || line.at(end - 1) != '}')
        return -1;
    --end;
    if (end > 0 && line.at(end - 1) == '+')
        --end;
    qsizetype start = end;
    while (start > 0 && line.at(start - 1) >= '0' && line.at(start - 1) <= '9')
        --start;
    if (start == end || end - start > kMaxLiteralDigits || start == 0 || line.at(start - 1) != '{')
        return -1;
    return line.mid(start, end - start).toLongLong();
}

void ResponseFramer::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
        m_scanFrom = 0;
    } else if (m_pos > kCompactThreshold && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
}

RawResponse ResponseFramer::takeCurrent()
{
    RawResponse out = std::move(m_current);
    m_current = RawResponse();
    return out;
}

std::optional<RawResponse> ResponseFramer::next()
{
    for (;;) {
        const qsizetype available = m_buffer.size() - m_pos;
        switch (m_state) {
        case State::Line: {
            const char *data = m_buffer.constData();
            const void *lf = m_scanFrom < m_buffer.size()
                ? std::memchr(data + m_scanFrom, '\n', size_t(m_buffer.size() - m_scanFrom))
                : nullptr;
            if (!lf) {
                m_scanFrom = m_buffer.size();
                if (m_current.text.size() + available > m_maxLineSize) {
                    // Reported at once, not at the line's end: a hostile server could otherwise
                    // stream an endless line and keep the connection (and its timer) alive forever.
                    m_current.text += m_buffer.mid(m_pos, 200);
                    m_current.text.truncate(200);
                    m_current.lineTooLong = true;
                    m_state = State::DiscardLine;
                    m_pos = m_buffer.size();
                    compact();
                    return takeCurrent();
                }
                compact();
                return std::nullopt;
            }
            const qsizetype end = static_cast<const char *>(lf) - data + 1;
            const QByteArray line = m_buffer.mid(m_pos, end - m_pos);
            m_pos = end;
            m_scanFrom = end;
            m_current.text += line;
            if (m_current.text.size() > m_maxLineSize) {
                m_current.text.truncate(200);
                m_current.lineTooLong = true;
                compact();
                return takeCurrent();
            }
            const qint64 literal = trailingLiteralSize(line);
            if (literal < 0) {
                if (m_current.text.endsWith('\n'))
                    m_current.text.chop(1);
                if (m_current.text.endsWith('\r'))
                    m_current.text.chop(1);
                compact();
                return takeCurrent();
            }
            m_literalRemaining = literal;
            m_current.literals.append(QByteArray());
            const bool tooBig = literal > m_maxLiteralSize;
            m_current.oversized.append(tooBig);
            if (!tooBig)
                m_current.literals.last().reserve(qsizetype(literal));
            m_state = tooBig ? State::DiscardLiteral : State::Literal;
            break;
        }
        case State::Literal:
        case State::DiscardLiteral: {
            const qsizetype take = qsizetype(qMin<qint64>(m_literalRemaining, available));
            if (m_state == State::Literal)
                m_current.literals.last().append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_literalRemaining -= take;
            if (m_literalRemaining > 0) {
                compact();
                return std::nullopt;
            }
            m_scanFrom = m_pos;
            m_state = State::Line;
            break;
        }
        case State::DiscardLine: {
            const void *lf = std::memchr(m_buffer.constData() + m_pos, '\n', size_t(available));
            if (!lf) {
                m_pos = m_buffer.size();
                compact();
                return std::nullopt;
            }
            // The rest of an overlong line, already reported: dropped up to its end.
            m_pos = static_cast<const char *>(lf) - m_buffer.constData() + 1;
            m_scanFrom = m_pos;
            m_state = State::Line;
            compact();
            break;
        }
        }
    }
}

} // namespace soar::imap
