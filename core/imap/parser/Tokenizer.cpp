#include "imap/parser/Tokenizer.h"

namespace soar::imap {

namespace {
// Nested lists deeper than this are an attack, not mail.
constexpr int kMaxDepth = 100;

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x1f || u == 0x7f || u == ' ')
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '"':
    case ']':
        return false;
    default:
        return true;
    }
}
} // namespace

Tokenizer::Tokenizer(const RawResponse &raw) : m_text(raw.text), m_raw(raw)
{ }

void Tokenizer::fail(const QString &what) const
{
    throw ParseFailure {what + QStringLiteral(" at offset ") + QString::number(m_pos)};
}

void Tokenizer::expect(char c)
{
    if (peek() != c || atEnd())
        fail(QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
    ++m_pos;
}

bool Tokenizer::consumeIf(char c)
{
    if (atEnd() || peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool Tokenizer::consumeKeyword(const char *keyword)
{
    const qsizetype len = qsizetype(qstrlen(keyword));
    if (m_text.size() - m_pos < len || qstrnicmp(m_text.constData() + m_pos, keyword, size_t(len)) != 0)
        return false;
    const qsizetype after = m_pos + len;
    if (after < m_text.size() && isAtomChar(m_text.at(after)))
        return false;
    m_pos = after;
    return true;
}

bool Tokenizer::atLiteral() const
{
    const char c = peek();
    return c == '{' || (c == '~' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == '{');
}

QByteArray Tokenizer::atom()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isAtomChar(m_text.at(m_pos)))
        ++m_pos;
    if (m_pos == start)
        fail(QStringLiteral("expected an atom"));
    return m_text.mid(start, m_pos - start);
}

QByteArray Tokenizer::fetchItemName()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isAtomChar(m_text.at(m_pos)) && m_text.at(m_pos) != '[')
        ++m_pos;
    if (m_pos == start)
        fail(QStringLiteral("expected a FETCH item name"));
    return m_text.mid(start, m_pos - start);
}

QByteArray Tokenizer::astring()
{
    if (peek() == '"' || atLiteral())
        return string();
    // ASTRING-CHAR also allows ']'.
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && (isAtomChar(m_text.at(m_pos)) || m_text.at(m_pos) == ']'))
        ++m_pos;
    if (m_pos == start)
        fail(QStringLiteral("expected a string"));
    return m_text.mid(start, m_pos - start);
}

quint64 Tokenizer::number()
{
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (m_pos < m_text.size() && m_text.at(m_pos) >= '0' && m_text.at(m_pos) <= '9') {
        if (m_pos - start >= 19)
            fail(QStringLiteral("number too large"));
        value = value * 10 + quint64(m_text.at(m_pos) - '0');
        ++m_pos;
    }
    if (m_pos == start)
        fail(QStringLiteral("expected a number"));
    return value;
}

quint32 Tokenizer::number32()
{
    const quint64 value = number();
    if (value > 0xffffffffULL)
        fail(QStringLiteral("number out of range"));
    return quint32(value);
}

QByteArray Tokenizer::quoted()
{
    expect('"');
    QByteArray out;
    for (;;) {
        if (atEnd())
            fail(QStringLiteral("unterminated quoted string"));
        const char c = m_text.at(m_pos++);
        if (c == '"')
            return out;
        if (c == '\r' || c == '\n')
            fail(QStringLiteral("line break inside a quoted string"));
        if (c == '\\') {
            if (atEnd())
                fail(QStringLiteral("unterminated quoted string"));
            out += m_text.at(m_pos++);
        } else {
            out += c;
        }
    }
}

QByteArray Tokenizer::literal(bool *oversized)
{
    consumeIf('~'); // literal8
    expect('{');
    const quint64 size = number();
    consumeIf('+');
    expect('}');
    if (!consumeIf('\r')) {
        // bare LF framing is tolerated
    }
    expect('\n');
    if (m_nextLiteral >= m_raw.literals.size())
        fail(QStringLiteral("literal marker without literal data"));
    const int index = m_nextLiteral++;
    const bool discarded = m_raw.oversized.value(index);
    if (oversized)
        *oversized = discarded;
    else if (discarded)
        fail(QStringLiteral("a literal of %1 bytes exceeded the size limit").arg(size));
    if (!discarded && quint64(m_raw.literals.at(index).size()) != size)
        fail(QStringLiteral("literal size mismatch"));
    return m_raw.literals.at(index);
}

QByteArray Tokenizer::string(bool *oversized)
{
    if (peek() == '"')
        return quoted();
    if (atLiteral())
        return literal(oversized);
    fail(QStringLiteral("expected a string"));
}

std::optional<QByteArray> Tokenizer::nstring(bool *oversized)
{
    if (consumeKeyword("NIL"))
        return std::nullopt;
    return string(oversized);
}

QByteArrayList Tokenizer::atomList()
{
    expect('(');
    QByteArrayList out;
    while (!consumeIf(')')) {
        if (!out.isEmpty())
            expectSpace();
        out.append(atom());
    }
    return out;
}

void Tokenizer::skipValue()
{
    int depth = 0;
    do {
        const char c = peek();
        if (atEnd()) {
            fail(QStringLiteral("unterminated list"));
        } else if (c == '(') {
            if (++depth > kMaxDepth)
                fail(QStringLiteral("lists nested too deeply"));
            ++m_pos;
            continue;
        } else if (c == ')') {
            if (depth == 0)
                fail(QStringLiteral("unexpected ')'"));
            --depth;
            ++m_pos;
        } else if (c == ' ' && depth > 0) {
            ++m_pos;
            continue;
        } else if (c == '"' || atLiteral()) {
            bool ignored = false;
            string(&ignored);
        } else {
            atom();
        }
    } while (depth > 0);
}

QByteArray Tokenizer::rest()
{
    const QByteArray out = m_text.mid(m_pos);
    m_pos = m_text.size();
    return out;
}

} // namespace soar::imap
