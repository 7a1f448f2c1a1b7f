#include "rules/SearchQuery.h"

namespace soar::rules {

SearchQuery::SearchQuery(SearchNode root) : m_root(std::move(root))
{ }

} // namespace soar::rules
