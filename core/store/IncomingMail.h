#pragma once

#include "store/AttachmentInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace soar::store {

// One fetched mail as the store takes it in. The daemon fills it from the IMAP FETCH data and
// the parsed mail; the store deliberately does not depend on the MIME parser.
struct IncomingMail {
    QString resource; // name of the configured mailbox connection
    QString folder; // IMAP mailbox name, e.g. "INBOX"
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QString messageId; // Message-ID header without angle brackets; may be empty
    QDateTime date; // Date: header; invalid when missing or unparsable
    QDateTime internalDate; // IMAP INTERNALDATE
    QString fromDisplay; // "Alice Example <alice@example.test>" or just the address
    QString fromAddress; // "alice@example.test"
    QStringList to; // one address (display form) per entry
    QStringList cc;
    QString subject; // decoded
    QStringList flags; // IMAP flags at fetch time, e.g. "\\Seen"
    // Plain text, UTF-8, used only for full-text search; may be empty. UTF-8 rather than a
    // QString: half the memory for mails waiting to be stored, and SQLite indexes UTF-8.
    QByteArray bodyTextUtf8;
    QVector<AttachmentInfo> attachments;
    QByteArray raw; // the whole RFC 5322 message as fetched
    QString rawSha256; // lowercase hex of raw when the caller has it already; else computed
    // Queue the new mail for SOAR delivery in the same transaction that stores it, so a crash
    // can never leave a stored mail that is not queued. A duplicate is not queued again.
    bool queueForSoar = false;
};

} // namespace soar::store
