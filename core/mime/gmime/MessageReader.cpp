#include "mime/gmime/MessageReader.h"

#include "mime/MailDefect.h"
#include "mime/gmime/GObjectRef.h"
#include "mime/gmime/HeaderCharsets.h"
#include "mime/gmime/ParseSession.h"
#include "mime/gmime/PartWalker.h"
#include "mime/gmime/RepeatedHeaders.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace soar::mime::gmime {

namespace {

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// GMime's raw value starts after the colon and ends with the line break.
QByteArray trimmedRawValue(const char *raw)
{
    if (!raw)
        return {};
    QByteArray value(raw);
    qsizetype start = 0;
    while (start < value.size() && (value.at(start) == ' ' || value.at(start) == '\t'))
        ++start;
    qsizetype end = value.size();
    while (end > start && (value.at(end - 1) == '\n' || value.at(end - 1) == '\r'))
        --end;
    return value.mid(start, end - start);
}

QString decodedText(const QByteArray &raw, GMimeParserOptions *options)
{
    GCharPtr unfolded(g_mime_utils_header_unfold(raw.constData()));
    GCharPtr decoded(g_mime_utils_header_decode_text(options, unfolded.get()));
    return fromUtf8(decoded.get());
}

// GMime files the Content-* fields of the top header block under the root MIME part; the
// mail's header block is both lists back in their original order.
std::vector<GMimeHeader *> headerBlock(GMimeMessage *message)
{
    std::vector<GMimeHeader *> block;
    const auto collect = [&block](GMimeObject *object) {
        GMimeHeaderList *list = object ? g_mime_object_get_header_list(object) : nullptr;
        const int count = list ? g_mime_header_list_get_count(list) : 0;
        for (int i = 0; i < count; ++i)
            block.push_back(g_mime_header_list_get_header_at(list, i));
    };
    collect(GMIME_OBJECT(message));
    collect(g_mime_message_get_mime_part(message));
    std::stable_sort(block.begin(), block.end(),
        [](GMimeHeader *a, GMimeHeader *b) { return g_mime_header_get_offset(a) < g_mime_header_get_offset(b); });
    return block;
}

} // namespace

Mail MessageReader::read(GMimeMessage *message, ParseSession &session, int depth, bool withBody, const QString &section)
{
    Mail mail;
    if (depth > 0)
        session.openEnclosedMail(&mail.defects);
    readHeaders(message, session, mail);
    readEnvelope(message, mail);
    RepeatedHeaders::keepFirst(mail, session);
    if (withBody) {
        if (GMimeObject *root = g_mime_message_get_mime_part(message))
            PartWalker(session, mail).walk(root, depth, section);
    }
    if (depth > 0)
        session.closeEnclosedMail();
    return mail;
}

void MessageReader::readHeaders(GMimeMessage *message, ParseSession &session, Mail &mail)
{
    const std::vector<GMimeHeader *> block = headerBlock(message);
    const int count = int(block.size());
    const qint64 budget = session.limits().maxHeaderBytes;
    qint64 used = 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = block[size_t(i)];
        MailHeader h;
        h.name = fromUtf8(g_mime_header_get_name(header));
        h.rawValue = trimmedRawValue(g_mime_header_get_raw_value(header));
        const qint64 size = h.name.size() + h.rawValue.size();
        if (used + size > budget) {
            const qint64 room = qMax<qint64>(0, budget - used - h.name.size());
            h.rawValue.truncate(qsizetype(room));
            h.decodedValue = decodedText(h.rawValue, session.options());
            mail.headers.append(h);
            session.limitReached(QStringLiteral("header block larger than %1 bytes: \"%2\" cut to %3 bytes, %4 later "
                                                "header(s) left out")
                                     .arg(budget)
                                     .arg(h.name.left(60))
                                     .arg(room)
                                     .arg(count - i - 1));
            break;
        }
        used += size;
        HeaderCharsets::check(h.name, h.rawValue, session);
        h.decodedValue = fromUtf8(g_mime_header_get_value(header));
        if (h.name.compare(QLatin1String("Received"), Qt::CaseInsensitive) == 0)
            mail.receivedChain.append(h.decodedValue);
        mail.headers.append(h);
    }
}

void MessageReader::readEnvelope(GMimeMessage *message, Mail &mail)
{
    mail.messageId = fromUtf8(g_mime_message_get_message_id(message));
    mail.date = dateTime(g_mime_message_get_date(message));
    mail.subject = fromUtf8(g_mime_message_get_subject(message));
    mail.from = addresses(g_mime_message_get_from(message));
    mail.sender = addresses(g_mime_message_get_sender(message));
    mail.replyTo = addresses(g_mime_message_get_reply_to(message));
    mail.to = addresses(g_mime_message_get_to(message));
    mail.cc = addresses(g_mime_message_get_cc(message));
    mail.bcc = addresses(g_mime_message_get_bcc(message));
}

MailAddressList MessageReader::addresses(InternetAddressList *list)
{
    MailAddressList out;
    appendAddresses(list, out, 0);
    return out;
}

void MessageReader::appendAddresses(InternetAddressList *list, MailAddressList &out, int groupDepth)
{
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            out.append({fromUtf8(internet_address_get_name(address)),
                fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))});
        } else if (INTERNET_ADDRESS_IS_GROUP(address) && groupDepth < 4) {
            // Groups cannot nest per RFC 5322; the cap only guards against odd parser output.
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, groupDepth + 1);
        }
    }
}

QDateTime MessageReader::dateTime(GDateTime *date)
{
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    const QTimeZone zone(offset);
    return QDateTime::fromSecsSinceEpoch(seconds, zone.isValid() ? zone : QTimeZone::utc());
}

} // namespace soar::mime::gmime
