#pragma once

#include <QList>
#include <QString>

namespace soar::mime {

// One mailbox from an address header, with the display name already decoded (RFC 2047).
struct MailAddress {
    QString name;
    QString address; // local@domain as written (no IDN conversion)

    bool operator==(const MailAddress &o) const { return name == o.name && address == o.address; }
    bool operator!=(const MailAddress &o) const { return !(*this == o); }
};

using MailAddressList = QList<MailAddress>;

} // namespace soar::mime
