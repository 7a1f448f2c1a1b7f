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

    // A mail's readable text, worked out once: the exact check and the store both need it, and
    // turning a large HTML body into text is one of the costlier steps of parsing.
    struct BodyTexts {
        QString plain;
        QString fromHtml;
        // What the store indexes (mime::Mail::bodyText): the plain body, else the HTML's text.
        const QString &preferred() const { return plain.isEmpty() ? fromHtml : plain; }
    };
    static BodyTexts bodyTexts(const mime::Mail &mail);

    // body: nullptr when only the headers were fetched.
    static rules::MailFacts toFacts(const mime::Mail &mail, quint32 uid, bool seen, const BodyTexts *body);
    static store::IncomingMail toIncoming(
        const mime::Mail &mail, const QByteArray &raw, const Origin &origin, const BodyTexts &body);
    static store::IncomingMail toIncoming(const mime::Mail &mail, const QByteArray &raw, const Origin &origin)
    {
        return toIncoming(mail, raw, origin, bodyTexts(mail));
    }

    // The mail without its bodies, header list and attachment payloads: what the run's summary
    // and the daemon-contract output need, at a fraction of the memory.
    static mime::Mail summaryOnly(mime::Mail mail);

    // "Alice Example <alice@example.test>", or the bare address when there is no name.
    static QString display(const mime::MailAddress &address);
};

} // namespace soar::daemon
