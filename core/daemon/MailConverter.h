#pragma once

#include "mime/Mail.h"
#include "rules/MailFacts.h"
#include "store/IncomingMail.h"

namespace soar::daemon {

// Translates a parsed mail into the shapes the other modules take, so that the rules and the
// store stay independent of the MIME parser.
class MailConverter {
public:
    struct Origin {
        QString resource;
        QString folder;
        quint32 uidValidity = 0;
        quint32 uid = 0;
        QStringList flags;
    };

    // A mail's readable text, for a Text Body filter: every text part, the HTML one as text.
    struct BodyTexts {
        QString plain;
        QString fromHtml;
    };
    static BodyTexts bodyTexts(const mime::Mail &mail);

    // body: nullptr when the text is not known (only the headers were fetched, or no filter
    // asked for it yet: ClientMatcher answers NeedsBody when the text decides).
    static rules::MailFacts toFacts(const mime::Mail &mail, quint32 uid, bool seen, const BodyTexts *body);
    // bodyText: what the store indexes, mime::Mail::bodyText() (the plain body, else the
    // HTML's text); see indexedText.
    static store::IncomingMail toIncoming(
        const mime::Mail &mail, const QByteArray &raw, const Origin &origin, const QString &bodyText);
    // mime::Mail::bodyText(), without converting the HTML again when a filter already did.
    static QString indexedText(const mime::Mail &mail, const BodyTexts *known);

    // The mail without its bodies, header list and attachment payloads: what the run's summary
    // and the daemon-contract output need, at a fraction of the memory.
    static mime::Mail summaryOnly(mime::Mail mail);

    // "Alice Example <alice@example.test>", or the bare address when there is no name.
    static QString display(const mime::MailAddress &address);
};

} // namespace soar::daemon
