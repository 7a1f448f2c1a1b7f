#pragma once

#include <QString>

namespace soar::rules {

// One From/To filter value: with an '@' it matches that address exactly, without one it
// matches that domain and its subdomains (sumologic.com: a@sumologic.com and a@eu.sumologic.com,
// never a@notsumologic.com). Case-insensitive; internationalized domains compare in their
// ASCII (punycode) form, so münchen.de matches xn--mnchen-3ya.de.
class AddressRule {
public:
    explicit AddressRule(const QString &value);

    // address must come from normalize(): a mail's addresses are normalized once, not once per rule.
    bool matches(const QString &normalizedAddress) const;

    // Bare, case-folded address with its domain in ASCII form; accepts "<a@b>" too.
    static QString normalize(const QString &address);

private:
    static QString normalizeDomain(const QString &domain);

    bool m_exactAddress = false;
    QString m_normalized; // address or domain, normalized
};

} // namespace soar::rules
