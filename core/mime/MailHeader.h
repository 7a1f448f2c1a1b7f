#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace soar::mime {

// One header field as it appeared in the mail (order and duplicates kept).
struct MailHeader {
    QString name;
    QByteArray rawValue; // bytes after "Name:", folding kept, leading blanks and final CRLF dropped
    QString decodedValue; // unfolded, RFC 2047 words decoded, UTF-8

    bool operator==(const MailHeader &o) const
    {
        return name == o.name && rawValue == o.rawValue && decodedValue == o.decodedValue;
    }
};

using MailHeaderList = QList<MailHeader>;

} // namespace soar::mime
