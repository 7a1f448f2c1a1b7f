#include "rules/SearchCompiler.h"

namespace soar::rules {

namespace {

std::optional<SearchNode> windowNode(const FetchWindow &window)
{
    switch (window.kind) {
    case FetchWindow::Kind::Unseen:
        return SearchNode::key(QByteArrayLiteral("UNSEEN"));
    case FetchWindow::Kind::UidsAbove:
        // NOT UID 1:n rather than UID n+1:*: GNU Mailutils answers "UID n:*" with nothing at all,
        // and every server reads a closed range alike.
        if (window.uidAbove == 0)
            break; // every mail is new
        return SearchNode::negation(
            SearchNode::key(QByteArrayLiteral("UID"), QByteArrayLiteral("1:") + QByteArray::number(window.uidAbove)));
    case FetchWindow::Kind::Since:
        if (!window.since.isValid())
            break; // nothing to narrow by: rescan everything
        return SearchNode::key(QByteArrayLiteral("SINCE"), SearchCompiler::imapDate(window.since));
    case FetchWindow::Kind::All:
        break;
    }
    return std::nullopt;
}

bool pushedDownWhenExcluded(FilterField field)
{
    return field == FilterField::Subject || field == FilterField::Header;
}

} // namespace

SearchQuery SearchCompiler::compile(const FetchPlan &plan, quint32 mailboxUidValidity)
{
    return compile(plan.filters, plan.windowFor(mailboxUidValidity));
}

SearchQuery SearchCompiler::compile(const FilterSpec &filters, const FetchWindow &window)
{
    std::vector<SearchNode> all;
    if (auto w = windowNode(window))
        all.push_back(std::move(*w));
    for (const FilterField field : allFilterFields()) {
        std::vector<SearchNode> any = leaves(filters.require, field);
        if (!any.empty())
            all.push_back(SearchNode::anyOf(std::move(any)));
    }
    // The other exclusions are left to the client check: a server cannot evaluate them safely.
    for (const FilterField field : allFilterFields()) {
        std::vector<SearchNode> any = leaves(filters.exclude, field);
        if (!any.empty() && pushedDownWhenExcluded(field))
            all.push_back(SearchNode::negation(SearchNode::anyOf(std::move(any))));
    }
    return SearchQuery(SearchNode::allOf(std::move(all)));
}

std::optional<SearchQuery> SearchCompiler::compileAttachmentNameScope(const FetchPlan &plan, quint32 mailboxUidValidity)
{
    if (plan.filters.require.textBody.isEmpty())
        return std::nullopt;
    FilterSpec withoutText = plan.filters;
    withoutText.require.textBody.clear();
    return compile(withoutText, plan.windowFor(mailboxUidValidity));
}

std::vector<SearchNode> SearchCompiler::leaves(const FilterSet &set, FilterField field)
{
    std::vector<SearchNode> out;
    for (const QString &v : set.values(field)) {
        switch (field) {
        case FilterField::From:
            out.push_back(SearchNode::textKey(QByteArrayLiteral("FROM"), v));
            break;
        case FilterField::To:
            out.push_back(SearchNode::textKey(QByteArrayLiteral("TO"), v));
            out.push_back(SearchNode::textKey(QByteArrayLiteral("CC"), v));
            break;
        case FilterField::Subject:
            out.push_back(SearchNode::textKey(QByteArrayLiteral("SUBJECT"), v));
            break;
        case FilterField::TextBody:
            out.push_back(SearchNode::textKey(QByteArrayLiteral("TEXT"), v));
            break;
        case FilterField::Header:
            out.push_back(SearchNode::headerKey(set.headerField, v));
            break;
        }
    }
    return out;
}

QByteArray SearchCompiler::imapDate(QDate date)
{
    if (!date.isValid())
        return {};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(date.day()) + '-' + months[date.month() - 1] + '-'
        + QByteArray::number(date.year()).rightJustified(4, '0');
}

} // namespace soar::rules
