#pragma once

#include "imap/parser/Argument.h"
#include "rules/SearchToken.h"

namespace soar::daemon {

// Hands the compiled pre-filters to the IMAP engine: keywords stay keywords, the analyst's
// text goes through the CommandEncoder as user text, and "(" ... ")" become nested lists.
class SearchArguments {
public:
    static QList<imap::Argument> fromTokens(const QList<rules::SearchToken> &tokens);
};

} // namespace soar::daemon
