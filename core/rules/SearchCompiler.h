#pragma once

#include "rules/FetchPlan.h"
#include "rules/SearchQuery.h"

#include <optional>

namespace soar::rules {

// Compiles a FetchPlan into an IMAP SEARCH criterion that returns a superset of the mails the
// plan wants; ClientMatcher then removes the over-matches. Per field:
//   From -> FROM v;  To -> TO v OR CC v;  Subject -> SUBJECT v;  Header -> HEADER name v;
//   Text Body -> TEXT v (header + body, so a server that also searches MIME part headers finds
//   attachment file names; BODY would never see them). Servers that do not (GNU Mailutils,
//   and any name only present RFC 2231/2047-encoded) are covered by the attachment name scope.
// Values of a field become a balanced OR tree; fields and the window are ANDed.
// NOT filters are pushed down only where the server key cannot match more than the exact rule
// (Not Subject, Not Header: substring or word match of the same text). Not From, Not To and
// Not Text Body stay client-only: the server's substring match would make NOT FROM
// "sumologic.com" also drop a@notsumologic.com, which the analyst wants to see.
class SearchCompiler {
public:
    static SearchQuery compile(const FetchPlan &plan, quint32 mailboxUidValidity);
    static SearchQuery compile(const FilterSpec &filters, const FetchWindow &window);
    // The attachment name scope of a plan with a Text Body filter: the same search without the
    // TEXT keys. What it finds and compile() does not may still match Text Body by a file name
    // that the server's TEXT did not see; the fetcher checks those by BODYSTRUCTURE.
    // nullopt without a Text Body filter.
    static std::optional<SearchQuery> compileAttachmentNameScope(const FetchPlan &plan, quint32 mailboxUidValidity);

    // RFC 3501 date ("27-Nov-2026"), independent of the locale.
    static QByteArray imapDate(QDate date);

private:
    static std::vector<SearchNode> leaves(const FilterSet &set, FilterField field);
};

} // namespace soar::rules
