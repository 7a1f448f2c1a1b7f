#pragma once

#include "tools/IocCollection.h"

#include <QString>
#include <QStringList>

namespace soar::tools {

class PublicSuffixList;

// Finds indicators of compromise in a text (a decoded body, HTML converted to text, a header
// block): IPv4 (valid octets) and IPv6, URLs (internationalised hosts in punycode), domains that
// the Public Suffix List accepts, e-mail addresses, MD5/SHA-1/SHA-256, and card numbers that pass
// the Luhn check and match a card brand. Defanged forms are found and reported refanged.
class IocExtractor {
public:
    struct Options {
        // Your own domains: these and their subdomains (and URLs and addresses on them) are dropped.
        QStringList allowedDomains;
    };

    IocExtractor();
    explicit IocExtractor(Options options, const PublicSuffixList &suffixes);

    // `source` names the part of the mail the text came from ("body", "headers", "subject").
    IocCollection extract(const QString &text, const QString &source = QStringLiteral("text")) const;

private:
    class Scan;

    bool isAllowed(const QString &host) const;

    Options m_options;
    const PublicSuffixList &m_suffixes;
};

} // namespace soar::tools
