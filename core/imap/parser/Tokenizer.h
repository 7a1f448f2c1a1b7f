#pragma once

#include "imap/parser/RawResponse.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <optional>

namespace soar::imap {

// Thrown by Tokenizer on malformed input; caught in ResponseDecoder, never escapes the parser.
struct ParseFailure {
    QString reason;
};

// Reads IMAP tokens (atoms, numbers, quoted strings, literals, NIL, lists) from one framed
// response. Literal markers in the text are matched to the literal bodies framed beside it.
class Tokenizer {
public:
    explicit Tokenizer(const RawResponse &raw);

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    qsizetype position() const { return m_pos; }
    QByteArray slice(qsizetype from, qsizetype to) const { return m_text.mid(from, to - from); }

    void expect(char c);
    bool consumeIf(char c);
    void expectSpace() { expect(' '); }
    // Case-insensitive keyword followed by a delimiter; consumes it when present.
    bool consumeKeyword(const char *keyword);

    QByteArray atom(); // at least one atom char; '\' allowed so flags read as atoms
    QByteArray fetchItemName(); // an atom that stops before '[' ("BODY" of "BODY[]")
    QByteArray astring();
    quint64 number();
    quint32 number32();
    // A quoted string or a literal. *oversized is set when the literal was discarded.
    QByteArray string(bool *oversized = nullptr);
    // NIL gives nullopt.
    std::optional<QByteArray> nstring(bool *oversized = nullptr);
    // "(" [atom *(SP atom)] ")"
    QByteArrayList atomList();
    // Skips any value: atom, number, string, NIL or a nested list.
    void skipValue();
    QByteArray rest();

    [[noreturn]] void fail(const QString &what) const;

private:
    bool atLiteral() const;
    QByteArray quoted();
    QByteArray literal(bool *oversized);

    const QByteArray &m_text;
    const RawResponse &m_raw;
    qsizetype m_pos = 0;
    int m_nextLiteral = 0;
};

} // namespace soar::imap
