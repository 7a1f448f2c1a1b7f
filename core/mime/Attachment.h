#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace soar::mime {

struct Mail;

// A MIME leaf that is not a body text, or an enclosed message/rfc822 mail.
struct Attachment {
    enum class Disposition { Attachment, Inline };

    // Decoded (RFC 2231 / RFC 2047) and sanitised: no path separators or control characters,
    // never empty ("attachment-3.bin" when the mail names none). Safe to use as a file name.
    QString fileName;
    QString contentType; // lower-case "type/subtype"
    qint64 size = 0; // decoded bytes
    Disposition disposition = Disposition::Attachment;
    QString contentId; // without <>
    QString md5; // lower-case hex digests of the decoded payload
    QString sha1;
    QString sha256;
    QByteArray data; // decoded payload (the whole enclosed mail for message/rfc822)
    std::shared_ptr<const Mail> enclosed; // set for message/rfc822 parts, parsed recursively

    bool isInline() const { return disposition == Disposition::Inline; }
};

using AttachmentList = QList<Attachment>;

} // namespace soar::mime
