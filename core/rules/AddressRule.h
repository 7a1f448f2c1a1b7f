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

    bool matches(const QString &address) const;

private:
    static QString normalizeDomain(const QString &domain);
    static QString normalizeAddress(const QString &address);

    bool m_exactAddress = false;
    QString m_normalized; // address or domain, normalized
};

} // namespace soar::rules
