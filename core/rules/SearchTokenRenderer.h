#pragma once

#include "rules/SearchQuery.h"
#include "rules/SearchToken.h"

#include <QByteArray>
#include <QList>

namespace soar::rules {

// Renders tokens to the bytes a simple encoder would send, for tests, the fuzzer and the
// protocol preview. The IMAP engine's CommandEncoder is the one used on the wire.
//  - Atoms as they are, separated by one space (none after "(" and none before ")").
//  - Text as a quoted string with \ and " escaped when it is printable ASCII, otherwise as a
//    synchronizing literal {n}\r\n followed by its UTF-8 bytes.
class SearchTokenRenderer {
public:
    static QByteArray render(const QList<SearchToken> &tokens);
    // "UID SEARCH [CHARSET UTF-8 ]<criteria>" without tag and CRLF.
    static QByteArray renderCommand(const SearchQuery &query);
    static QByteArray renderText(const QString &text);
};

} // namespace soar::rules
