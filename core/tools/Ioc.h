#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace soar::tools {

// One indicator of compromise found in a mail: what kind, as written, normalised (refanged,
// lower-cased, punycode host, digits only), how often, and in which parts of the mail.
struct Ioc {
    enum class Kind { IPv4, IPv6, Url, Domain, Email, Md5, Sha1, Sha256, CardNumber };

    Kind kind = Kind::Domain;
    QString value; // first occurrence as written, e.g. "hxxp://evil[.]com/a"
    QString normalized; // e.g. "http://evil.com/a"; the key for de-duplication
    QString detail; // card brand for card numbers, registrable domain for domains and URLs
    int count = 0;
    bool defanged = false; // at least one occurrence was written defanged
    QStringList sources; // parts of the mail it was found in ("body", "headers", ...)

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};

} // namespace soar::tools
