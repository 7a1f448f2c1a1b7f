#include "rules/SearchQuery.h"

#include <algorithm>

namespace soar::rules {

SearchQuery::SearchQuery(FetchWindow window, SearchNode root, QStringList clientOnlyFilters)
    : m_window(window), m_root(std::move(root)), m_clientOnly(std::move(clientOnlyFilters))
{ }

bool SearchQuery::needsUtf8Charset() const
{
    const QList<SearchToken> all = tokens();
    return std::any_of(all.cbegin(), all.cend(), [](const SearchToken &t) {
        return t.kind == SearchToken::Kind::Text
            && std::any_of(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.unicode() > 0x7f; });
    });
}

} // namespace soar::rules
