#include "mime/gmime/PartWalker.h"

#include "common/PayloadDigests.h"
#include "mime/FileNameSanitizer.h"
#include "mime/MailDefect.h"
#include "mime/gmime/GObjectRef.h"
#include "mime/gmime/HeaderCharsets.h"
#include "mime/gmime/MessageReader.h"
#include "mime/gmime/ParseSession.h"
#include "mime/gmime/PartPayload.h"
#include "mime/gmime/Rfc2231Parameter.h"

#include <memory>

namespace soar::mime::gmime {

namespace {

QString mimeType(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    GCharPtr text(g_mime_content_type_get_mime_type(type));
    return QString::fromUtf8(text.get()).toLower();
}

// The last one when repeated: GMime's content type and disposition are the last ones too.
QByteArray rawHeader(GMimeObject *object, const char *name)
{
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = count - 1; i >= 0; --i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(header), name) == 0) {
            const char *raw = g_mime_header_get_raw_value(header);
            return raw ? QByteArray(raw) : QByteArray();
        }
    }
    return {};
}

QString declaredFileName(GMimeObject *object)
{
    // RFC 2231 names are joined byte-wise by Rfc2231Parameter; GMime reads every other form.
    if (auto name = Rfc2231Parameter::decode(rawHeader(object, "Content-Disposition"), "filename"))
        return *name;
    if (const char *name = g_mime_object_get_content_disposition_parameter(object, "filename"))
        return QString::fromUtf8(name);
    if (auto name = Rfc2231Parameter::decode(rawHeader(object, "Content-Type"), "name"))
        return *name;
    const char *name = g_mime_object_get_content_type_parameter(object, "name");
    return name ? QString::fromUtf8(name) : QString();
}

bool isAttachmentDisposition(GMimeObject *object)
{
    const char *disposition = g_mime_object_get_disposition(object);
    return disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
}

} // namespace

// The top-level part's headers are the mail's, checked by MessageReader::readHeaders.
void PartWalker::checkHeaderCharsets(GMimeObject *object)
{
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        const char *raw = g_mime_header_get_raw_value(header);
        if (raw)
            HeaderCharsets::check(QString::fromUtf8(g_mime_header_get_name(header)), QByteArray(raw), m_session);
    }
}

void PartWalker::walk(GMimeObject *root, int depth, const QString &section)
{
    walkObject(root, depth, section);
}

QString PartWalker::childSection(const QString &section, int index)
{
    const QString number = QString::number(index + 1);
    return section.isEmpty() ? number : section + QLatin1Char('.') + number;
}

QString PartWalker::label(const QString &section)
{
    return section.isEmpty() ? QStringLiteral("body") : QLatin1String("part ") + section;
}

void PartWalker::walkObject(GMimeObject *object, int depth, const QString &section)
{
    if (depth > m_session.limits().maxDepth) {
        m_session.limitReached(QStringLiteral("MIME nesting deeper than %1 levels; the deeper parts were not read")
                                   .arg(m_session.limits().maxDepth));
        return;
    }
    if (!m_session.takePart())
        return;
    if (depth > 0)
        checkHeaderCharsets(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            walkObject(g_mime_multipart_get_part(multipart, i), depth + 1, childSection(section, i));
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        addEnclosedMail(GMIME_MESSAGE_PART(object), depth, section, label(section));
    } else if (GMIME_IS_PART(object)) {
        addLeaf(GMIME_PART(object), label(section));
    }
}

Attachment PartWalker::describe(GMimeObject *object, const QByteArray &payload, const common::PayloadDigests::Hex &digests) const
{
    Attachment a;
    a.contentType = mimeType(object);
    a.fileName = FileNameSanitizer::sanitize(declaredFileName(object), int(m_mail.attachments.size()) + 1, a.contentType);
    const char *disposition = g_mime_object_get_disposition(object);
    const bool inlineDisposition = disposition && g_ascii_strcasecmp(disposition, "inline") == 0;
    a.contentId = QString::fromUtf8(g_mime_object_get_content_id(object));
    // Without a disposition, a part referenced by Content-ID is shown inside the HTML body.
    a.disposition = inlineDisposition || (!disposition && !a.contentId.isEmpty()) ? Attachment::Disposition::Inline
                                                                                  : Attachment::Disposition::Attachment;
    a.data = payload;
    a.size = payload.size();
    a.md5 = digests.md5;
    a.sha1 = digests.sha1;
    a.sha256 = digests.sha256;
    return a;
}

void PartWalker::addLeaf(GMimePart *part, const QString &partLabel)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QString type = mimeType(object);
    const bool isBodyType = type == QLatin1String("text/plain") || type == QLatin1String("text/html");
    if (isBodyType && !isAttachmentDisposition(object) && declaredFileName(object).isEmpty()) {
        const QByteArray payload = PartPayload::decoded(part, m_session, partLabel);
        const QString text
            = PartPayload::text(payload, g_mime_object_get_content_type_parameter(object, "charset"), m_session, partLabel);
        appendBody(type == QLatin1String("text/html") ? m_mail.htmlBody : m_mail.textBody, text);
        return;
    }
    common::PayloadDigests digests;
    const QByteArray payload = PartPayload::decoded(part, m_session, partLabel, &digests);
    m_mail.attachments.append(describe(object, payload, digests.hex()));
}

void PartWalker::addEnclosedMail(GMimeMessagePart *part, int depth, const QString &section, const QString &partLabel)
{
    GMimeMessage *message = g_mime_message_part_get_message(part);
    const QByteArray bytes = message ? PartPayload::serialized(GMIME_OBJECT(message)) : QByteArray();
    Attachment a = describe(GMIME_OBJECT(part), bytes, common::PayloadDigests::of(bytes));
    if (message) {
        Mail enclosed = MessageReader::read(message, m_session, depth + 1, true, section);
        enclosed.rawSize = bytes.size();
        enclosed.rawSha256 = a.sha256;
        a.enclosed = std::make_shared<const Mail>(std::move(enclosed));
    } else {
        m_session.addDefect(MailDefect::Malformed, partLabel + QLatin1String(": message/rfc822 part without a message"));
    }
    m_mail.attachments.append(std::move(a));
}

void PartWalker::appendBody(QString &body, const QString &text)
{
    if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    body += text;
}

} // namespace soar::mime::gmime
