#include "imap/parser/CommandEncoder.h"

#include "common/Redactor.h"

#include <algorithm>

namespace soar::imap {

namespace {
constexpr qsizetype kLiteralMinusLimit = 4096;

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

bool isKeywordChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f;
}

QByteArray quote(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}
} // namespace

struct CommandEncoder::Output {
    QList<QByteArray> chunks {QByteArray()};
    QByteArray log;
};

CommandEncoder::Form CommandEncoder::formFor(const QByteArray &text)
{
    if (text.isEmpty())
        return Form::Quoted;
    if (text.size() > kMaxQuotedLength)
        return Form::Literal;
    bool atom = true;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || c == '\r' || c == '\n' || c == '\0')
            return Form::Literal;
        atom = atom && isAtomChar(c);
    }
    return atom ? Form::Atom : Form::Quoted;
}

void CommandEncoder::appendLiteral(Output &out, const QByteArray &bytes, const QByteArray &logForm) const
{
    const bool nonSync = m_literals == Literals::NonSynchronizing
        || (m_literals == Literals::NonSynchronizingUpTo4K && bytes.size() <= kLiteralMinusLimit);
    const QByteArray marker = '{' + QByteArray::number(bytes.size()) + (nonSync ? "+}" : "}");
    out.chunks.last() += marker + "\r\n";
    if (!nonSync)
        out.chunks.append(QByteArray());
    out.chunks.last() += bytes;
    out.log += marker + ' ' + logForm;
}

common::Error CommandEncoder::append(Output &out, const Argument &arg) const
{
    using common::Error;
    switch (arg.kind()) {
    case Argument::Kind::Keyword:
    case Argument::Kind::SequenceSet:
        if (arg.bytes().isEmpty() || !std::all_of(arg.bytes().begin(), arg.bytes().end(), isKeywordChar))
            return Error(Error::Kind::Config,
                QStringLiteral("Internal error: an IMAP keyword is empty or holds a control character."),
                QString::fromLatin1(arg.bytes().toPercentEncoding()));
        out.chunks.last() += arg.bytes();
        out.log += arg.isSecret() ? common::Redactor::kMarker.toLatin1() : arg.bytes();
        return {};
    case Argument::Kind::Text: {
        if (arg.bytes().contains('\0'))
            return Error(Error::Kind::Config,
                QStringLiteral("Text containing a NUL character cannot be sent to an IMAP server; remove it and try again."));
        const QByteArray marker = common::Redactor::kMarker.toLatin1();
        switch (formFor(arg.bytes())) {
        case Form::Atom:
            out.chunks.last() += arg.bytes();
            out.log += arg.isSecret() ? marker : arg.bytes();
            break;
        case Form::Quoted:
            out.chunks.last() += quote(arg.bytes());
            out.log += arg.isSecret() ? marker : quote(arg.bytes());
            break;
        case Form::Literal:
            appendLiteral(out, arg.bytes(), arg.isSecret() ? marker : quote(arg.bytes().left(200)));
            break;
        }
        return {};
    }
    case Argument::Kind::List: {
        out.chunks.last() += '(';
        out.log += '(';
        bool first = true;
        for (const Argument &item : arg.items()) {
            if (!first) {
                out.chunks.last() += ' ';
                out.log += ' ';
            }
            first = false;
            if (const auto error = append(out, item))
                return error;
        }
        out.chunks.last() += ')';
        out.log += ')';
        return {};
    }
    }
    return {};
}

common::Result<EncodedCommand> CommandEncoder::encode(
    const QByteArray &tag, const QByteArray &name, const QList<Argument> &args) const
{
    Output out;
    out.chunks.last() = tag + ' ' + name;
    out.log = out.chunks.last();
    for (const Argument &arg : args) {
        out.chunks.last() += ' ';
        out.log += ' ';
        if (const auto error = append(out, arg))
            return error;
    }
    out.chunks.last() += "\r\n";
    EncodedCommand command;
    command.tag = tag;
    command.chunks = std::move(out.chunks);
    // LOGIN / AUTHENTICATE lines are cut by the central redactor as a second line of defence.
    command.logLine = common::Redactor::imapCommand(out.log);
    return command;
}

} // namespace soar::imap
