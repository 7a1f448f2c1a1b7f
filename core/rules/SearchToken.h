#pragma once

#include <QByteArray>
#include <QString>

namespace soar::rules {

// One element of a compiled SEARCH key list, for the IMAP engine's CommandEncoder:
//  Atom   protocol text we wrote ourselves (OR, NOT, FROM, UID, 5:*, 27-Nov-2026): sent as is;
//  Text   text from the analyst (a filter value or header field name): the encoder decides
//         atom / quoted / literal by content and never lets it break the command line;
//  GroupOpen / GroupClose  "(" and ")": no space after "(" nor before ")".
struct SearchToken {
    enum class Kind { Atom, Text, GroupOpen, GroupClose };

    Kind kind = Kind::Atom;
    QByteArray atom; // Kind::Atom
    QString text; // Kind::Text

    static SearchToken keyword(QByteArray atom) { return {Kind::Atom, std::move(atom), {}}; }
    static SearchToken userText(QString text) { return {Kind::Text, {}, std::move(text)}; }
    static SearchToken groupOpen() { return {Kind::GroupOpen, {}, {}}; }
    static SearchToken groupClose() { return {Kind::GroupClose, {}, {}}; }

    bool operator==(const SearchToken &o) const { return kind == o.kind && atom == o.atom && text == o.text; }
};

} // namespace soar::rules
