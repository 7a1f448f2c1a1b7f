#pragma once

#include <QByteArray>
#include <QString>

namespace soar::imap {

// Mailbox names on the wire are modified UTF-7 (RFC 3501 5.1.3) unless UTF8=ACCEPT is enabled.
class MailboxName {
public:
    static QByteArray encode(const QString &name);
    // Names that are not valid modified UTF-7 are taken as UTF-8 (RFC 9051 servers).
    static QString decode(const QByteArray &wire);
};

} // namespace soar::imap
