#include "mime/gmime/PartPayload.h"

#include "mime/MailDefect.h"
#include "mime/gmime/Base64Check.h"
#include "mime/gmime/GObjectRef.h"
#include "mime/gmime/ParseSession.h"
#include "mime/gmime/QuotedPrintableCheck.h"

#include <QStringDecoder>

#include <algorithm>

namespace soar::mime::gmime {

namespace {

bool isUtf8Name(const char *charset)
{
    return g_ascii_strcasecmp(charset, "utf-8") == 0 || g_ascii_strcasecmp(charset, "utf8") == 0
        || g_ascii_strcasecmp(charset, "us-ascii") == 0 || g_ascii_strcasecmp(charset, "ascii") == 0;
}

// Runs a Base64Check or QuotedPrintableCheck over a part's encoded stream, chunk by chunk (an
// attachment is never copied just to be checked), and rewinds the stream for decoding.
template<typename Check>
QString problemIn(GMimeStream *encoded)
{
    Check check;
    char chunk[16 * 1024];
    g_mime_stream_reset(encoded);
    for (ssize_t n; (n = g_mime_stream_read(encoded, chunk, sizeof chunk)) > 0;)
        check.feed(chunk, n);
    g_mime_stream_reset(encoded);
    return check.problem();
}

} // namespace

QByteArray PartPayload::decoded(GMimePart *part, ParseSession &session, const QString &partLabel)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *encoded = g_mime_data_wrapper_get_stream(content);
    const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
    if (encoded && encoding == GMIME_CONTENT_ENCODING_BASE64) {
        if (const QString problem = problemIn<Base64Check>(encoded); !problem.isEmpty())
            session.addDefect(MailDefect::BadBase64, partLabel + QLatin1String(": ") + problem);
    } else if (encoded && encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
        if (const QString problem = problemIn<QuotedPrintableCheck>(encoded); !problem.isEmpty())
            session.addDefect(MailDefect::BadQuotedPrintable, partLabel + QLatin1String(": ") + problem);
    }
    // Sized up front: grown step by step, the buffer of a large attachment was copied over and
    // over and its pages faulted in again each time.
    const gint64 encodedLength = encoded ? std::max<gint64>(0, g_mime_stream_length(encoded)) : 0;
    const gint64 expected = encoding == GMIME_CONTENT_ENCODING_BASE64 ? encodedLength / 4 * 3 + 3 : encodedLength;
    GObjectRef<GMimeStream> sink(
        g_mime_stream_mem_new_with_byte_array(g_byte_array_sized_new(guint(std::min<gint64>(expected, G_MAXUINT)))));
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
    // One pass: decoded and checked at once (checking first, then decoding, read it twice).
    QStringDecoder asUtf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = asUtf8.decode(bytes);
    if (!asUtf8.hasError())
        return decoded;
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
