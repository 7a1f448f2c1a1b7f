#include "mime/gmime/PartPayload.h"

#include "mime/MailDefect.h"
#include "mime/gmime/GObjectRef.h"
#include "mime/gmime/ParseSession.h"

#include <QStringDecoder>

namespace soar::mime::gmime {

namespace {

// How base64Problem() sees each byte. A table because attachments are scanned byte by byte:
// the branchy character tests made this check cost more than decoding the attachment.
enum class Base64Class : unsigned char { Invalid, Blank, Padding, Data };

struct Base64Classes {
    Base64Class of[256] {};
    constexpr Base64Classes()
    {
        for (int c = 'A'; c <= 'Z'; ++c)
            of[c] = Base64Class::Data;
        for (int c = 'a'; c <= 'z'; ++c)
            of[c] = Base64Class::Data;
        for (int c = '0'; c <= '9'; ++c)
            of[c] = Base64Class::Data;
        of[int('+')] = of[int('/')] = Base64Class::Data;
        of[int(' ')] = of[int('\t')] = of[int('\r')] = of[int('\n')] = Base64Class::Blank;
        of[int('=')] = Base64Class::Padding;
    }
};
constexpr Base64Classes kBase64Classes;

bool isUtf8Name(const char *charset)
{
    return g_ascii_strcasecmp(charset, "utf-8") == 0 || g_ascii_strcasecmp(charset, "utf8") == 0
        || g_ascii_strcasecmp(charset, "us-ascii") == 0 || g_ascii_strcasecmp(charset, "ascii") == 0;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QByteArray PartPayload::readAll(GMimeStream *stream)
{
    if (!stream)
        return {};
    GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_stream_reset(stream);
    g_mime_stream_write_to_stream(stream, sink.get());
    g_mime_stream_reset(stream);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QString PartPayload::base64Problem(const QByteArray &encoded)
{
    // Branch-free counting in registers: attachments are megabytes of base64.
    qsizetype invalid = 0;
    qsizetype significant = 0;
    qsizetype padding = 0;
    bool dataAfterPadding = false;
    for (const char c : encoded) {
        const Base64Class kind = kBase64Classes.of[static_cast<unsigned char>(c)];
        const bool data = kind == Base64Class::Data;
        significant += data;
        dataAfterPadding |= data && padding > 0;
        padding += kind == Base64Class::Padding;
        invalid += kind == Base64Class::Invalid;
    }
    if (invalid > 0)
        return QStringLiteral("%1 characters outside the base64 alphabet").arg(invalid);
    if (dataAfterPadding)
        return QStringLiteral("data after the '=' padding");
    if (significant % 4 == 1)
        return QStringLiteral("incomplete final group (%1 base64 characters)").arg(significant);
    if (padding > 2 || (padding > 0 && (significant + padding) % 4 != 0))
        return QStringLiteral("wrong '=' padding");
    return {};
}

QByteArray PartPayload::decoded(GMimePart *part, ParseSession &session, const QString &partLabel)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    if (g_mime_data_wrapper_get_encoding(content) == GMIME_CONTENT_ENCODING_BASE64) {
        const QString problem = base64Problem(readAll(g_mime_data_wrapper_get_stream(content)));
        if (!problem.isEmpty())
            session.addDefect(MailDefect::BadBase64, partLabel + QLatin1String(": ") + problem);
    }
    GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, sink.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QByteArray PartPayload::convert(const QByteArray &bytes, const char *fromCharset, bool *known)
{
    GObjectRef<GMimeFilter> filter(g_mime_filter_charset_new(fromCharset, "UTF-8"));
    *known = bool(filter);
    if (!filter)
        return {};
    GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
    {
        GObjectRef<GMimeStream> filtered(g_mime_stream_filter_new(sink.get()));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), filter.get());
        g_mime_stream_write(filtered.get(), bytes.constData(), size_t(bytes.size()));
        g_mime_stream_flush(filtered.get());
    }
    GByteArray *out = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    return QByteArray(reinterpret_cast<const char *>(out->data), qsizetype(out->len));
}

QString PartPayload::text(const QByteArray &bytes, const char *charset, ParseSession &session, const QString &partLabel)
{
    if (charset && *charset && !isUtf8Name(charset)) {
        bool known = false;
        const QByteArray utf8 = convert(bytes, charset, &known);
        if (known)
            return QString::fromUtf8(utf8);
        QString shown = QString::fromUtf8(charset).left(60);
        session.addDefect(MailDefect::UnknownCharset, QStringLiteral("%1: \"%2\"").arg(partLabel, shown));
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    bool known = false;
    const QByteArray utf8 = convert(bytes, "windows-1252", &known);
    return known ? QString::fromUtf8(utf8) : QString::fromLatin1(bytes);
}

QByteArray PartPayload::serialized(GMimeObject *object)
{
    GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, sink.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace soar::mime::gmime
