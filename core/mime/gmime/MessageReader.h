#pragma once

#include "mime/Mail.h"

#include "mime/gmime/GMimeInclude.h"

namespace soar::mime::gmime {

class ParseSession;

// Fills a Mail from a parsed GMimeMessage: header block, addresses, subject, date,
// Message-ID, and (withBody) the bodies and attachments through PartWalker.
class MessageReader {
public:
    // depth: how many containers enclose this message (0 for the mail itself); section: the
    // IMAP part number of the enclosing message/rfc822 part ("" for the mail itself).
    static Mail read(GMimeMessage *message, ParseSession &session, int depth, bool withBody, const QString &section = QString());

    // Also used by RepeatedHeaders, which re-reads the first of a repeated header.
    static MailAddressList addresses(InternetAddressList *list);
    static QDateTime dateTime(GDateTime *date);

private:
    static void readHeaders(GMimeMessage *message, ParseSession &session, Mail &mail);
    static void readEnvelope(GMimeMessage *message, Mail &mail);
    static void appendAddresses(InternetAddressList *list, MailAddressList &out, int groupDepth);
};

} // namespace soar::mime::gmime
