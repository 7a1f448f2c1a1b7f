#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace soar::mime {

// Decodes MIME parameters exactly as MailParser does (GMime, loose mode): RFC 2231
// continuations and charsets, RFC 2047 words inside quoted values. For parts known only from
// an IMAP BODYSTRUCTURE, whose parameter lists the server sends undecoded, so that their file
// names compare the same before and after a mail is downloaded.
class MimeParameters {
public:
    using List = QList<QPair<QByteArray, QByteArray>>; // name, raw value

    // The decoded value of the parameter called name ("filename", "name"); null when absent.
    static QString decoded(const List &parameters, const char *name);
};

} // namespace soar::mime
