#include "SearchCommandText.h"

#include <algorithm>

namespace soar::rules {

QByteArray SearchCommandText::render(const QList<SearchToken> &tokens)
{
    QByteArray out;
    SearchToken::Kind previous = SearchToken::Kind::GroupOpen; // no space before the first token
    for (const SearchToken &t : tokens) {
        if (previous != SearchToken::Kind::GroupOpen && t.kind != SearchToken::Kind::GroupClose)
            out += ' ';
        switch (t.kind) {
        case SearchToken::Kind::Atom:
            out += t.atom;
            break;
        case SearchToken::Kind::Text:
            out += renderText(t.text);
            break;
        case SearchToken::Kind::GroupOpen:
            out += '(';
            break;
        case SearchToken::Kind::GroupClose:
            out += ')';
            break;
        }
        previous = t.kind;
    }
    return out;
}

QByteArray SearchCommandText::renderCommand(const SearchQuery &query)
{
    // As UidSearchTask writes it: CHARSET UTF-8 when a user text has non-ASCII characters.
    const QList<SearchToken> tokens = query.tokens();
    const bool utf8 = std::any_of(tokens.cbegin(), tokens.cend(), [](const SearchToken &t) {
        return t.kind == SearchToken::Kind::Text
            && std::any_of(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.unicode() > 0x7f; });
    });
    QByteArray out = QByteArrayLiteral("UID SEARCH ");
    if (utf8)
        out += QByteArrayLiteral("CHARSET UTF-8 ");
    return out + render(tokens);
}

QByteArray SearchCommandText::renderText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool quotable = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
    if (!quotable)
        return '{' + QByteArray::number(utf8.size()) + QByteArrayLiteral("}\r\n") + utf8;
    QByteArray out = QByteArrayLiteral("\"");
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace soar::rules
