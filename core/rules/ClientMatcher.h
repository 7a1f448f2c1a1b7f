#pragma once

#include "rules/AddressRule.h"
#include "rules/FetchPlan.h"
#include "rules/MailFacts.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace soar::rules {

// The exact meaning of the fetch type and the pre-filters, applied to every fetched mail so a
// server that matches loosely (substrings, words, ignored CHARSET) never lets unwanted mail
// through. All conditions are ANDed; the values of one filter are ORed; a NOT filter drops the
// mail when any of its values matches.
//   From/To:   AddressRule on From, or on To and Cc.
//   Subject:   case-insensitive substring (TextFolding) of the decoded subject.
//   Text Body: case-insensitive substring of a text part or of an attachment file name.
//   Header:    case-insensitive substring of any occurrence of the chosen field (name
//              compared case-insensitively).
// Everything but Text Body is decided from headers and BODYSTRUCTURE, so the fetcher fetches
// those first and the body only when evaluate() answers NeedsBody.
class ClientMatcher {
public:
    enum class Verdict { Accept, Reject, NeedsBody };
    struct Outcome {
        Verdict verdict = Verdict::Accept;
        QString reason; // why it was rejected, for the log and the dry run ("Not Subject matched 'x'")
    };

    ClientMatcher(const FilterSpec &filters, const FetchWindow &window);
    ClientMatcher(const FetchPlan &plan, quint32 mailboxUidValidity);

    // True when a Text Body value is contained in one of the attachment file names: such a
    // mail needs downloading even when the server's TEXT search missed it.
    bool textBodyInFileNames(const QStringList &attachmentNames) const;

    // NeedsBody only when facts.textParts is nullopt and the text decides the outcome.
    Outcome evaluate(const MailFacts &facts) const;

private:
    enum class Truth { No, Yes, Unknown };
    struct Rule {
        FilterField field;
        Polarity polarity;
        QString headerField;
        QStringList values; // as written, for reasons
        QStringList folded; // Subject, Text Body, Header
        std::vector<AddressRule> addresses; // From, To
    };

    Truth evaluateRule(const Rule &rule, const MailFacts &facts, QString *matchedValue) const;
    QString windowRejection(const MailFacts &facts) const;

    FetchWindow m_window;
    std::vector<Rule> m_rules;
};

} // namespace soar::rules
