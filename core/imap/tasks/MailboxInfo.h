#pragma once

#include <QByteArrayList>
#include <QString>

#include <optional>

namespace soar::imap {

// What SELECT / EXAMINE tells about a mailbox.
struct MailboxInfo {
    QString name;
    quint32 exists = 0;
    quint32 recent = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    std::optional<quint64> highestModSeq;
    QByteArrayList flags;
    QByteArrayList permanentFlags;
    bool readOnly = false;

    bool operator==(const MailboxInfo &o) const
    {
        return name == o.name && exists == o.exists && recent == o.recent && uidValidity == o.uidValidity && uidNext == o.uidNext
            && highestModSeq == o.highestModSeq && flags == o.flags && permanentFlags == o.permanentFlags
            && readOnly == o.readOnly;
    }
};

} // namespace soar::imap
