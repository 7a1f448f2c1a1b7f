#include "mails/MailPart.h"

#include "mime/HtmlToText.h"
#include "mime/Mail.h"

#include <QCoreApplication>

namespace soar::ui {

QString MailPartText::headerBlock(const mime::Mail &mail)
{
    QString block;
    for (const mime::MailHeader &header : mail.headers)
        block += header.name + QStringLiteral(": ") + header.decodedValue + QLatin1Char('\n');
    return block;
}

QString MailPartText::of(const mime::Mail &mail, MailPart part, const QString &headerName)
{
    switch (part) {
    case MailPart::TextBody:
        return mail.textBody;
    case MailPart::HtmlAsText:
        return mime::HtmlToText::convert(mail.htmlBody);
    case MailPart::AllHeaders:
        return headerBlock(mail);
    case MailPart::OneHeader:
        return mail.headerValues(headerName).join(QLatin1Char('\n'));
    case MailPart::Subject:
        return mail.subject;
    }
    return {};
}

QString MailPartText::label(MailPart part)
{
    switch (part) {
    case MailPart::TextBody:
        return QCoreApplication::translate("soar::ui::MailPart", "Text body");
    case MailPart::HtmlAsText:
        return QCoreApplication::translate("soar::ui::MailPart", "HTML body as text");
    case MailPart::AllHeaders:
        return QCoreApplication::translate("soar::ui::MailPart", "All headers");
    case MailPart::OneHeader:
        return QCoreApplication::translate("soar::ui::MailPart", "One header");
    case MailPart::Subject:
        return QCoreApplication::translate("soar::ui::MailPart", "Subject");
    }
    return {};
}

} // namespace soar::ui
