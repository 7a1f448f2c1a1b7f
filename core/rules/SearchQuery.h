#pragma once

#include "rules/SearchNode.h"
#include "rules/SearchToken.h"

#include <QList>

namespace soar::rules {

// The compiled server-side part of a FetchPlan: a superset of the wanted mails (the exact
// check is ClientMatcher's). tokens() go to UidSearchTask, which adds "CHARSET UTF-8" when a
// user text token has non-ASCII characters.
class SearchQuery {
public:
    explicit SearchQuery(SearchNode root);

    QList<SearchToken> tokens() const { return m_root.tokens(); }

private:
    SearchNode m_root;
};

} // namespace soar::rules
