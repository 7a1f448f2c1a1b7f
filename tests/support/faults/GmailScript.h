#pragma once

#include "ScriptedImapServer.h"

namespace soar::test {

// Gmail's LIST and EXAMINE, as in MailKit issue 1396's transcript of imap.gmail.com
// (https://github.com/jstedfast/MailKit/issues/1396) and Google's "IMAP extensions" page
// (developers.google.com/gmail/imap/imap-extensions): RFC 6154 special-use attributes, and the
// "[Gmail]" container that is \Noselect.
inline void listLikeGmail(ScriptedImapServer &server)
{
    server.on("LIST",
        "* LIST (\\HasNoChildren) \"/\" \"INBOX\"\r\n"
        "* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\n"
        "* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n"
        "* LIST (\\Drafts \\HasNoChildren) \"/\" \"[Gmail]/Drafts\"\r\n"
        "* LIST (\\HasNoChildren \\Important) \"/\" \"[Gmail]/Important\"\r\n"
        "* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"\r\n"
        "* LIST (\\HasNoChildren \\Junk) \"/\" \"[Gmail]/Spam\"\r\n"
        "* LIST (\\Flagged \\HasNoChildren) \"/\" \"[Gmail]/Starred\"\r\n"
        "* LIST (\\HasNoChildren \\Trash) \"/\" \"[Gmail]/Trash\"\r\n"
        "{tag} OK Success\r\n");
    server.on("EXAMINE",
        "* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing $Phishing)\r\n"
        "* OK [PERMANENTFLAGS ()] Flags permitted.\r\n* OK [UIDVALIDITY 1] UIDs valid.\r\n* 1 EXISTS\r\n"
        "* 0 RECENT\r\n* OK [UIDNEXT 2] Predicted next UID.\r\n{tag} OK [READ-ONLY] INBOX selected. (Success)\r\n");
}

} // namespace soar::test
