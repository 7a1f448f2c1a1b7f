#pragma once

#include "common/Result.h"
#include "imap/parser/Argument.h"

#include <QByteArray>
#include <QList>

namespace soar::imap {

// A command ready for the wire. Without LITERAL+ each synchronizing literal splits the command:
// chunk i+1 may only be written after the server's "+" continuation.
struct EncodedCommand {
    QByteArray tag;
    QList<QByteArray> chunks;
    QByteArray logLine; // secrets and message bytes redacted
};

// The only place user text becomes protocol bytes.
class CommandEncoder {
public:
    // What the server's capabilities allow for literals (RFC 7888).
    enum class Literals {
        Synchronizing, // wait for "+" before each literal
        NonSynchronizing, // LITERAL+: {n+} of any size
        NonSynchronizingUpTo4K, // LITERAL-: {n+} up to 4096 bytes
    };
    // User text longer than this goes as a literal even when it could be quoted.
    static constexpr qsizetype kMaxQuotedLength = 1000;

    enum class Form { Atom, Quoted, Literal };
    static Form formFor(const QByteArray &text);

    explicit CommandEncoder(Literals literals = Literals::Synchronizing) : m_literals(literals) { }
    void setLiterals(Literals literals) { m_literals = literals; }

    // "tag name args...\r\n". Fails (Kind::Config) on text that IMAP cannot carry (NUL bytes) or
    // keywords that are not plain protocol syntax.
    common::Result<EncodedCommand> encode(const QByteArray &tag, const QByteArray &name, const QList<Argument> &args) const;

private:
    struct Output;
    common::Error append(Output &out, const Argument &arg) const;
    void appendLiteral(Output &out, const QByteArray &bytes, const QByteArray &logForm) const;

    Literals m_literals;
};

} // namespace soar::imap
