#pragma once

#include "rules/SearchToken.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace soar::rules {

// A node of a compiled IMAP SEARCH criterion: And (juxtaposed keys), Or (IMAP's binary OR),
// Not, or a Key such as UNSEEN, UID 1:5, FROM <value>, HEADER <name> <value>.
class SearchNode {
public:
    enum class Type { And, Or, Not, Key };

    // A key with no argument (UNSEEN, ALL) or with a protocol argument we write (UID 1:5).
    static SearchNode key(QByteArray keyword, QByteArray atomArgument = {});
    // A key with a user value: FROM "sumologic.com".
    static SearchNode textKey(QByteArray keyword, QString value);
    static SearchNode headerKey(QString fieldName, QString value);
    // AND of the nodes; one node stays itself, none means every mail.
    static SearchNode allOf(std::vector<SearchNode> nodes);
    // OR of the nodes as a balanced binary tree, so n values nest only ceil(log2 n) deep.
    static SearchNode anyOf(std::vector<SearchNode> nodes);
    static SearchNode negation(SearchNode node);

    // Top level: an AND is written as juxtaposed keys; as an operand of OR/NOT a compound AND
    // is grouped in parentheses, and so is the operand of NOT unless it is a single key.
    QList<SearchToken> tokens() const;

private:
    void appendTo(QList<SearchToken> &out) const;
    void appendOperand(QList<SearchToken> &out, bool groupCompound) const;

    Type m_type = Type::And;
    std::vector<SearchNode> m_children;
    QByteArray m_keyword;
    QByteArray m_atomArgument;
    std::optional<QString> m_headerName;
    std::optional<QString> m_value;
};

} // namespace soar::rules
