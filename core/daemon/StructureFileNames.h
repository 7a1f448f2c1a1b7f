#pragma once

#include "imap/parser/BodyStructure.h"

#include <QStringList>

namespace soar::daemon {

// The attachment file names of a mail known only from its BODYSTRUCTURE, as the mail parser
// will name them once the mail is downloaded (mime::Mail::allAttachmentNames): the same choice
// of body vs. attachment parts, the same parameter decoding (RFC 2231, RFC 2047), the same
// sanitizing and fallback names, forwarded mails included. The fetcher compares the Text Body
// values with them before deciding what to download.
class StructureFileNames {
public:
    static QStringList of(const imap::BodyStructure &root);

private:
    static void walkMail(const imap::BodyStructure &root, QStringList &names);
    static void walkPart(const imap::BodyStructure &part, QStringList &names, int &attachments);
};

} // namespace soar::daemon
