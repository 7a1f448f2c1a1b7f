#include "rules/SearchNode.h"

#include <algorithm>

namespace soar::rules {

SearchNode SearchNode::key(QByteArray keyword, QByteArray atomArgument)
{
    SearchNode n;
    n.m_type = Type::Key;
    n.m_keyword = std::move(keyword);
    n.m_atomArgument = std::move(atomArgument);
    return n;
}

SearchNode SearchNode::textKey(QByteArray keyword, QString value)
{
    SearchNode n = key(std::move(keyword));
    n.m_value = std::move(value);
    return n;
}

SearchNode SearchNode::headerKey(QString fieldName, QString value)
{
    SearchNode n = textKey(QByteArrayLiteral("HEADER"), std::move(value));
    n.m_headerName = std::move(fieldName);
    return n;
}

SearchNode SearchNode::allOf(std::vector<SearchNode> nodes)
{
    if (nodes.size() == 1)
        return std::move(nodes.front());
    SearchNode n;
    n.m_type = Type::And;
    n.m_children = std::move(nodes);
    return n;
}

SearchNode SearchNode::anyOf(std::vector<SearchNode> nodes)
{
    if (nodes.size() <= 1)
        return allOf(std::move(nodes));
    // Split in halves: both subtrees differ in size by at most one, so the depth is minimal.
    const auto middle = nodes.begin() + std::ptrdiff_t(nodes.size() / 2);
    std::vector<SearchNode> left(std::make_move_iterator(nodes.begin()), std::make_move_iterator(middle));
    std::vector<SearchNode> right(std::make_move_iterator(middle), std::make_move_iterator(nodes.end()));
    SearchNode n;
    n.m_type = Type::Or;
    n.m_children.push_back(anyOf(std::move(left)));
    n.m_children.push_back(anyOf(std::move(right)));
    return n;
}

SearchNode SearchNode::negation(SearchNode node)
{
    SearchNode n;
    n.m_type = Type::Not;
    n.m_children.push_back(std::move(node));
    return n;
}

QList<SearchToken> SearchNode::tokens() const
{
    QList<SearchToken> out;
    if (m_type == Type::And && m_children.empty()) {
        out.append(SearchToken::keyword(QByteArrayLiteral("ALL")));
        return out;
    }
    appendTo(out);
    return out;
}

void SearchNode::appendTo(QList<SearchToken> &out) const
{
    switch (m_type) {
    case Type::Key:
        out.append(SearchToken::keyword(m_keyword));
        if (!m_atomArgument.isEmpty())
            out.append(SearchToken::keyword(m_atomArgument));
        if (m_headerName)
            out.append(SearchToken::userText(*m_headerName));
        if (m_value)
            out.append(SearchToken::userText(*m_value));
        return;
    case Type::And:
        if (m_children.empty()) {
            out.append(SearchToken::keyword(QByteArrayLiteral("ALL")));
            return;
        }
        for (const SearchNode &c : m_children)
            c.appendOperand(out, false);
        return;
    case Type::Or:
        out.append(SearchToken::keyword(QByteArrayLiteral("OR")));
        m_children.at(0).appendOperand(out, false);
        m_children.at(1).appendOperand(out, false);
        return;
    case Type::Not:
        out.append(SearchToken::keyword(QByteArrayLiteral("NOT")));
        m_children.at(0).appendOperand(out, true);
        return;
    }
}

void SearchNode::appendOperand(QList<SearchToken> &out, bool groupCompound) const
{
    const bool compoundAnd = m_type == Type::And && m_children.size() > 1;
    const bool group = compoundAnd || (groupCompound && m_type != Type::Key && m_type != Type::And);
    if (group)
        out.append(SearchToken::groupOpen());
    appendTo(out);
    if (group)
        out.append(SearchToken::groupClose());
}

} // namespace soar::rules
