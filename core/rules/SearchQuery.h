#pragma once

#include "rules/FetchWindow.h"
#include "rules/SearchNode.h"
#include "rules/SearchToken.h"

#include <QList>
#include <QStringList>

namespace soar::rules {

// The compiled server-side part of a FetchPlan: a superset of the wanted mails (the exact
// check is ClientMatcher's). tokens() go to the IMAP engine's CommandEncoder after
// "UID SEARCH" (and "CHARSET UTF-8" when needsUtf8Charset()).
class SearchQuery {
public:
    SearchQuery(FetchWindow window, SearchNode root, QStringList clientOnlyFilters);

    const FetchWindow &window() const { return m_window; }
    const SearchNode &root() const { return m_root; }
    QList<SearchToken> tokens() const { return m_root.tokens(); }

    // True when a user text token has non-ASCII characters: the command then needs
    // CHARSET UTF-8, and the encoder sends those values as literals.
    bool needsUtf8Charset() const;

    // Labels of the filters that the server cannot evaluate safely and that only the client
    // check applies (e.g. "Not From"): the UI preview says so.
    const QStringList &clientOnlyFilters() const { return m_clientOnly; }

private:
    FetchWindow m_window;
    SearchNode m_root;
    QStringList m_clientOnly;
};

} // namespace soar::rules
