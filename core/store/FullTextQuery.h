#pragma once

#include <QString>

namespace soar::store {

// Turns what a user typed into the search box into a safe FTS5 MATCH expression.
// Every whitespace-separated word becomes a quoted FTS5 string (inner quotes doubled), so
// operators such as AND/OR/NOT/NEAR, column filters, '*', '^', '-' and parentheses are
// searched as text and can never produce an FTS syntax error. All words must match (AND);
// with prefix matching on, each word also matches longer words ("phish" finds "phishing").
class FullTextQuery {
public:
    enum class Matching { WholeWords, Prefix };

    // Empty when the text holds no searchable word (blank or only punctuation): callers then
    // apply no search filter at all.
    static QString matchExpression(const QString &userText, Matching matching = Matching::Prefix);
};

} // namespace soar::store
