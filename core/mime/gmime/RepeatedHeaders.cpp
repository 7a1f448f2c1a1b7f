#include "mime/gmime/RepeatedHeaders.h"

#include "mime/MailDefect.h"
#include "mime/gmime/GObjectRef.h"
#include "mime/gmime/MessageReader.h"
#include "mime/gmime/ParseSession.h"

namespace soar::mime::gmime {

namespace {

enum class Field { Date, From, Sender, ReplyTo, To, Cc, Bcc, MessageId, Subject };

struct SingleField {
    Field field;
    QLatin1String name;
};

constexpr SingleField singleFields[] = {{Field::From, QLatin1String("From")}, {Field::Sender, QLatin1String("Sender")},
    {Field::ReplyTo, QLatin1String("Reply-To")}, {Field::To, QLatin1String("To")}, {Field::Cc, QLatin1String("Cc")},
    {Field::Bcc, QLatin1String("Bcc")}, {Field::Date, QLatin1String("Date")}, {Field::Subject, QLatin1String("Subject")},
    {Field::MessageId, QLatin1String("Message-ID")}};

MailAddressList parsedAddresses(const QByteArray &raw, ParseSession &session)
{
    GObjectRef<InternetAddressList> list(internet_address_list_parse(session.options(), raw.constData()));
    return MessageReader::addresses(list.get());
}

void takeFirst(Mail &mail, Field field, const MailHeader &first, ParseSession &session)
{
    switch (field) {
    case Field::Date: {
        GDateTime *date = g_mime_utils_header_decode_date(first.rawValue.constData());
        mail.date = MessageReader::dateTime(date);
        if (date)
            g_date_time_unref(date);
        break;
    }
    case Field::From:
        mail.from = parsedAddresses(first.rawValue, session);
        break;
    case Field::Sender:
        mail.sender = parsedAddresses(first.rawValue, session);
        break;
    case Field::ReplyTo:
        mail.replyTo = parsedAddresses(first.rawValue, session);
        break;
    case Field::To:
        mail.to = parsedAddresses(first.rawValue, session);
        break;
    case Field::Cc:
        mail.cc = parsedAddresses(first.rawValue, session);
        break;
    case Field::Bcc:
        mail.bcc = parsedAddresses(first.rawValue, session);
        break;
    case Field::MessageId: {
        GCharPtr id(g_mime_utils_decode_message_id(first.rawValue.constData()));
        mail.messageId = id.get() ? QString::fromUtf8(id.get()) : QString();
        break;
    }
    case Field::Subject:
        mail.subject = first.decodedValue;
        break;
    }
}

} // namespace

bool RepeatedHeaders::handles(const QString &headerName)
{
    for (const SingleField &single : singleFields) {
        if (headerName.compare(single.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void RepeatedHeaders::keepFirst(Mail &mail, ParseSession &session)
{
    for (const SingleField &single : singleFields) {
        const MailHeader *first = nullptr;
        int count = 0;
        for (const MailHeader &h : mail.headers) {
            if (h.name.compare(single.name, Qt::CaseInsensitive) != 0)
                continue;
            if (!first)
                first = &h;
            ++count;
        }
        if (count < 2)
            continue;
        takeFirst(mail, single.field, *first, session);
        session.addDefect(MailDefect::DuplicateHeader, MailDefect::duplicateHeaderDetail(single.name, count));
    }
}

} // namespace soar::mime::gmime
