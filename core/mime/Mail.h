#pragma once

#include "mime/Attachment.h"
#include "mime/MailAddress.h"
#include "mime/MailHeader.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace soar::mime {

// A parsed mail as a plain value: everything filters, the store and the SOAR upload need,
// already decoded to UTF-8. Built by MailParser; never holds GMime objects.
struct Mail {
    enum class AddressKind { From, Sender, ReplyTo, To, Cc, Bcc };

    QString messageId; // without <>; empty when the mail has none
    QDateTime date; // Date header; invalid when missing or unparseable
    QDateTime internalDate; // the server's INTERNALDATE, set by the caller
    MailAddressList from;
    MailAddressList sender;
    MailAddressList replyTo;
    MailAddressList to;
    MailAddressList cc;
    MailAddressList bcc;
    QString subject; // decoded
    MailHeaderList headers; // top-level header block, in order
    QStringList receivedChain; // Received values, unfolded, topmost (newest) first
    QString textBody; // text/plain body parts, converted to UTF-8, concatenated
    QString htmlBody; // text/html body parts, converted to UTF-8, concatenated
    AttachmentList attachments; // in MIME order; enclosed mails carry their own
    QStringList defects; // "<kind>: <detail>", see MailDefect
    qint64 rawSize = 0;
    QString rawSha256; // lower-case hex of the raw bytes

    const MailAddressList &addresses(AddressKind kind) const;
    QStringList addressStrings(AddressKind kind) const; // just the local@domain parts

    // Every header of that name (case-insensitive), decoded, in order.
    QStringList headerValues(const QString &name) const;

    QStringList attachmentNames() const; // this mail's attachments only
    QStringList allAttachmentNames() const; // including those inside enclosed mails

    // The text a filter or regex should run over: the plain body, or the HTML body as text
    // when the mail has no plain part.
    QString bodyText() const;
};

} // namespace soar::mime
