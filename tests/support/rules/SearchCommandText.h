#pragma once

#include "rules/SearchQuery.h"
#include "rules/SearchToken.h"

#include <QByteArray>
#include <QList>

namespace soar::rules {

// Renders the compiled tokens as readable text so that the compiler's tests can state the
// expected search in one line. The IMAP engine's CommandEncoder is the one used on the wire.
//  - Atoms as they are, separated by one space (none after "(" and none before ")").
//  - Text as a quoted string with \ and " escaped when it is printable ASCII, otherwise as a
//    synchronizing literal {n}\r\n followed by its UTF-8 bytes.
class SearchCommandText {
public:
    static QByteArray render(const QList<SearchToken> &tokens);
    // "UID SEARCH [CHARSET UTF-8 ]<criteria>" without tag and CRLF.
    static QByteArray renderCommand(const SearchQuery &query);
    static QByteArray renderText(const QString &text);
};

} // namespace soar::rules
