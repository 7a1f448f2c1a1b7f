#pragma once

#include <QString>

namespace soar::mime {
struct Mail;
}

namespace soar::ui {

// The part of a mail a regex runs over, and the text of that part.
enum class MailPart { TextBody, HtmlAsText, AllHeaders, OneHeader, Subject };

class MailPartText {
public:
    // headerName: only for OneHeader; every header of that name, one per line.
    static QString of(const mime::Mail &mail, MailPart part, const QString &headerName = {});
    // "Name: decoded value" per header, in mail order.
    static QString headerBlock(const mime::Mail &mail);
    static QString label(MailPart part);
};

} // namespace soar::ui
