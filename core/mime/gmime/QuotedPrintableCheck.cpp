#include "mime/gmime/QuotedPrintableCheck.h"

#include <cstring>

namespace soar::mime::gmime {

namespace {
bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}
} // namespace

void QuotedPrintableCheck::feed(const char *data, qsizetype size)
{
    const char *const end = data + size;
    while (data < end) {
        if (m_state == State::Text) {
            // Most of the text has no '=' at all: skip to the next one.
            const void *equals = std::memchr(data, '=', size_t(end - data));
            if (!equals)
                return;
            data = static_cast<const char *>(equals) + 1;
            m_state = State::AfterEquals;
            continue;
        }
        step(*data++);
    }
}

void QuotedPrintableCheck::step(char c)
{
    const bool blank = c == ' ' || c == '\t';
    switch (m_state) {
    case State::Text:
        return; // feed() skips text itself
    case State::AfterEquals:
        if (isHex(c)) {
            m_state = State::AfterFirstHex;
            return;
        }
        if (blank) {
            m_state = State::AfterEqualsBlank;
            return;
        }
        break;
    case State::AfterEqualsBlank:
        if (blank)
            return;
        break;
    case State::AfterFirstHex:
        if (isHex(c))
            m_state = State::Text;
        else
            brokenEscape(c);
        return;
    case State::AfterEqualsCr:
        if (c == '\n')
            m_state = State::Text;
        else
            brokenEscape(c);
        return;
    }
    // '=' and perhaps blanks so far: only a line break makes that a soft break.
    if (c == '\r')
        m_state = State::AfterEqualsCr;
    else if (c == '\n')
        m_state = State::Text;
    else
        brokenEscape(c);
}

void QuotedPrintableCheck::brokenEscape(char c)
{
    ++m_badEscapes;
    m_state = c == '=' ? State::AfterEquals : State::Text; // a '=' starts the next escape
}

QString QuotedPrintableCheck::problem() const
{
    const qsizetype bad = m_badEscapes + (m_state == State::AfterFirstHex ? 1 : 0);
    if (bad == 0)
        return {};
    return QStringLiteral("%1 '=' escape(s) that are neither two hex digits nor a soft line break").arg(bad);
}

} // namespace soar::mime::gmime
