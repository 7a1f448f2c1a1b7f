#pragma once

#include "common/PayloadDigests.h"
#include "mime/Mail.h"

#include "mime/gmime/GMimeInclude.h"

#include <QString>

namespace soar::mime::gmime {

class ParseSession;

// Walks one message's MIME tree into its Mail: text/plain and text/html body parts become
// textBody/htmlBody, other leaves become attachments, message/rfc822 parts become attachments
// with the enclosed mail read recursively. Stops descending at Limits::maxDepth and stops
// reading at Limits::maxParts, recording a "parse limited" defect.
class PartWalker {
public:
    PartWalker(ParseSession &session, Mail &mail) : m_session(session), m_mail(mail) { }

    // depth: containers above root; section: IMAP part number of root ("" for the mail itself).
    void walk(GMimeObject *root, int depth, const QString &section);

private:
    void walkObject(GMimeObject *object, int depth, const QString &section);
    void checkHeaderCharsets(GMimeObject *object);
    void addLeaf(GMimePart *part, const QString &label);
    void addEnclosedMail(GMimeMessagePart *part, int depth, const QString &section, const QString &label);
    Attachment describe(GMimeObject *object, const QByteArray &payload, const common::PayloadDigests::Hex &digests) const;
    static void appendBody(QString &body, const QString &text);
    static QString childSection(const QString &section, int index);
    static QString label(const QString &section);

    ParseSession &m_session;
    Mail &m_mail;
};

} // namespace soar::mime::gmime
