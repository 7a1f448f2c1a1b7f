#include "mime/gmime/PartPayload.h"

#include "common/PayloadDigests.h"
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

// The encoded bytes of a part. The parser keeps each part's content as a window on the fetched
// mail's own buffer (a memory substream of BorrowedBytesStream), read here in place; any other
// stream is copied out once into copy.
QByteArrayView encodedBytes(GMimeStream *stream, QByteArray &copy)
{
    if (GMIME_IS_STREAM_MEM(stream)) {
        const GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
        const gint64 length = array ? gint64(array->len) : 0;
        const gint64 start = stream->bound_start;
        const gint64 end = stream->bound_end != -1 ? stream->bound_end : length;
        if (array && start >= 0 && start <= end && end <= length)
            return QByteArrayView(reinterpret_cast<const char *>(array->data) + start, qsizetype(end - start));
    }
    GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_stream_reset(stream);
    g_mime_stream_write_to_stream(stream, sink.get());
    const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    copy = QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    return copy;
}

bool isTransferEncoded(GMimeContentEncoding encoding)
{
    return encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
        || encoding == GMIME_CONTENT_ENCODING_UUENCODE;
}

} // namespace

QByteArray PartPayload::decoded(GMimePart *part, ParseSession &session, const QString &partLabel, common::PayloadDigests *digests)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    GMimeStream *stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!stream)
        return {};
    QByteArray copy;
    const QByteArrayView encoded = encodedBytes(stream, copy);
    const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
    if (!isTransferEncoded(encoding)) {
        if (digests)
            digests->add(encoded);
        return copy.isNull() ? encoded.toByteArray() : copy;
    }
    // One pass in cache-sized pieces: each piece is checked, decoded by GMime's own step
    // decoder (what its decoding stream runs) and the decoded bytes hashed while they are hot.
    // Checking, decoding through a filter stream, copying and hashing the payload one after
    // another read an attachment five times.
    Base64Check base64;
    QuotedPrintableCheck quoted;
    GMimeEncoding decoder;
    g_mime_encoding_init_decode(&decoder, encoding);
    QByteArray out(qsizetype(g_mime_encoding_outlen(&decoder, size_t(encoded.size()))), Qt::Uninitialized);
    qsizetype used = 0;
    constexpr qsizetype kPiece = 16 * 1024;
    for (qsizetype at = 0; at < encoded.size(); at += kPiece) {
        const QByteArrayView piece = encoded.sliced(at, std::min(kPiece, encoded.size() - at));
        if (encoding == GMIME_CONTENT_ENCODING_BASE64)
            base64.feed(piece.data(), piece.size());
        else if (encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE)
            quoted.feed(piece.data(), piece.size());
        const auto room = qsizetype(g_mime_encoding_outlen(&decoder, size_t(piece.size())));
        if (out.size() - used < room)
            out.resize(used + room);
        const auto produced = qsizetype(g_mime_encoding_step(&decoder, piece.data(), size_t(piece.size()), out.data() + used));
        if (digests)
            digests->add(QByteArrayView(out.constData() + used, produced));
        used += produced;
    }
    out.resize(used);
    if (encoding == GMIME_CONTENT_ENCODING_BASE64) {
        if (const QString problem = base64.problem(); !problem.isEmpty())
            session.addDefect(MailDefect::BadBase64, partLabel + QLatin1String(": ") + problem);
    } else if (encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
        if (const QString problem = quoted.problem(); !problem.isEmpty())
            session.addDefect(MailDefect::BadQuotedPrintable, partLabel + QLatin1String(": ") + problem);
    }
    return out;
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
