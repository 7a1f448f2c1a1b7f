#include "rules/ClientMatcher.h"

#include "rules/TextFolding.h"

#include <algorithm>

namespace soar::rules {

namespace {

bool anyAddressMatches(
    const std::vector<AddressRule> &rules, const QStringList &addresses, const QStringList &values, QString *matchedValue)
{
    QStringList normalized;
    normalized.reserve(addresses.size());
    for (const QString &a : addresses)
        normalized.append(AddressRule::normalize(a));
    for (size_t i = 0; i < rules.size(); ++i) {
        for (const QString &address : normalized) {
            if (rules[i].matches(address)) {
                *matchedValue = values.at(qsizetype(i));
                return true;
            }
        }
    }
    return false;
}

// The first folded needle found in any of the texts (already folded), or -1.
qsizetype firstFoundIn(const QStringList &foldedTexts, const QStringList &needles)
{
    for (qsizetype i = 0; i < needles.size(); ++i) {
        for (const QString &text : foldedTexts) {
            if (text.contains(needles.at(i)))
                return i;
        }
    }
    return -1;
}

QStringList foldAll(const QStringList &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(TextFolding::fold(t));
    return out;
}

// The first few values of a long list, so a rejection reason stays one readable log line.
QString shortList(const QStringList &values)
{
    constexpr qsizetype shown = 5;
    if (values.size() <= shown)
        return values.join(QStringLiteral(", "));
    return values.mid(0, shown).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(values.size() - shown);
}

QString quoted(const QString &value)
{
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

ClientMatcher::ClientMatcher(const FetchPlan &plan, quint32 mailboxUidValidity)
    : ClientMatcher(plan.filters, plan.windowFor(mailboxUidValidity))
{ }

ClientMatcher::ClientMatcher(const FilterSpec &filters, const FetchWindow &window) : m_window(window)
{
    for (const Polarity polarity : {Polarity::Require, Polarity::Exclude}) {
        const FilterSet &set = filters.set(polarity);
        for (const FilterField field : allFilterFields()) {
            const QStringList &values = set.values(field);
            if (values.isEmpty())
                continue;
            Rule rule {field, polarity, set.headerField, values, {}, {}};
            if (field == FilterField::From || field == FilterField::To) {
                for (const QString &v : values)
                    rule.addresses.emplace_back(v);
            } else {
                rule.folded = foldAll(values);
            }
            m_rules.push_back(std::move(rule));
        }
    }
}

bool ClientMatcher::textBodyInFileNames(const QStringList &attachmentNames) const
{
    const QStringList folded = foldAll(attachmentNames);
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [&folded](const Rule &r) {
        return r.field == FilterField::TextBody && r.polarity == Polarity::Require && firstFoundIn(folded, r.folded) >= 0;
    });
}

ClientMatcher::Outcome ClientMatcher::evaluate(const MailFacts &facts) const
{
    const QString outsideWindow = windowRejection(facts);
    if (!outsideWindow.isEmpty())
        return {Verdict::Reject, outsideWindow};

    bool undecided = false;
    for (const Rule &rule : m_rules) {
        QString matched;
        const Truth truth = evaluateRule(rule, facts, &matched);
        if (truth == Truth::Unknown) {
            undecided = true;
        } else if (rule.polarity == Polarity::Require && truth == Truth::No) {
            return {Verdict::Reject,
                QStringLiteral("%1 matches none of: %2").arg(filterLabel(rule.field, rule.polarity), shortList(rule.values))};
        } else if (rule.polarity == Polarity::Exclude && truth == Truth::Yes) {
            return {
                Verdict::Reject, QStringLiteral("%1 matched %2").arg(filterLabel(rule.field, rule.polarity), quoted(matched))};
        }
    }
    return {undecided ? Verdict::NeedsBody : Verdict::Accept, {}};
}

ClientMatcher::Truth ClientMatcher::evaluateRule(const Rule &rule, const MailFacts &facts, QString *matchedValue) const
{
    qsizetype found = -1;
    switch (rule.field) {
    case FilterField::From:
        return anyAddressMatches(rule.addresses, facts.from, rule.values, matchedValue) ? Truth::Yes : Truth::No;
    case FilterField::To:
        return anyAddressMatches(rule.addresses, facts.to + facts.cc, rule.values, matchedValue) ? Truth::Yes : Truth::No;
    case FilterField::Subject:
        found = firstFoundIn({TextFolding::fold(facts.subject)}, rule.folded);
        break;
    case FilterField::Header: {
        QStringList occurrences;
        for (const MailFacts::Header &h : facts.headers) {
            if (h.name.compare(rule.headerField, Qt::CaseInsensitive) == 0)
                occurrences.append(TextFolding::fold(h.value));
        }
        found = firstFoundIn(occurrences, rule.folded);
        break;
    }
    case FilterField::TextBody:
        // Attachment names come with BODYSTRUCTURE, so they can settle a match before the body.
        found = firstFoundIn(foldAll(facts.attachmentNames), rule.folded);
        if (found < 0 && !facts.textParts)
            return Truth::Unknown;
        if (found < 0)
            found = firstFoundIn(foldAll(*facts.textParts), rule.folded);
        break;
    }
    if (found < 0)
        return Truth::No;
    *matchedValue = rule.values.at(found);
    return Truth::Yes;
}

QString ClientMatcher::windowRejection(const MailFacts &facts) const
{
    switch (m_window.kind) {
    case FetchWindow::Kind::Unseen:
        if (facts.seen)
            return QStringLiteral("already seen");
        break;
    case FetchWindow::Kind::UidsAbove:
        // A server may still return older UIDs (e.g. a "UID n:*" search returns the newest mail).
        if (facts.uid <= m_window.uidAbove)
            return QStringLiteral("already stored (UID %1 is not above %2)").arg(facts.uid).arg(m_window.uidAbove);
        break;
    case FetchWindow::Kind::Since:
    case FetchWindow::Kind::All:
        break; // the server's INTERNALDATE decides; duplicates are dropped by the fetcher
    }
    return {};
}

} // namespace soar::rules
