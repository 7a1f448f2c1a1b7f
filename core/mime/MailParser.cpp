#include "mime/MailParser.h"

#include "common/Digest.h"
#include "mime/MailDefect.h"
#include "mime/gmime/BorrowedBytesStream.h"
#include "mime/gmime/GMimeRuntime.h"
#include "mime/gmime/GObjectRef.h"
#include "mime/gmime/MessageReader.h"
#include "mime/gmime/ParseSession.h"

#include <cstring>
#include <optional>

namespace soar::mime {

using gmime::GObjectRef;

namespace {

GObjectRef<GMimeMessage> constructMessage(GMimeStream *stream, gmime::ParseSession &session)
{
    GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return GObjectRef<GMimeMessage>(g_mime_parser_construct_message(parser.get(), session.options()));
}

// GMime builds the whole MIME tree before we can count parts, so a mail of a million tiny
// parts would cost gigabytes. Every part of a multipart starts after a boundary line ("--"),
// so GMime only gets the bytes before the (2 * maxParts + 2)-th such line: enough for maxParts
// parts with their closing lines, and the part limit still reports what was left out.
qsizetype parsableLength(const QByteArray &raw, int maxParts)
{
    const qint64 allowedLines = 2 * qint64(maxParts) + 2;
    qint64 lines = raw.startsWith("--") ? 1 : 0;
    // memchr per line rather than QByteArray::indexOf("\n--"): this scan reads every byte of
    // every mail, and the SIMD newline search is several times faster.
    const char *const begin = raw.constData();
    const char *const end = begin + raw.size();
    for (const char *at = begin; (at = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)))); ++at) {
        if (end - at >= 3 && at[1] == '-' && at[2] == '-' && ++lines > allowedLines)
            return at - begin + 1;
    }
    return raw.size();
}

Mail parseWithGMime(const QByteArray &whole, const MailParser::Limits &limits, bool withBody)
{
    gmime::GMimeRuntime::ensureInitialized();
    gmime::ParseSession session(limits);
    const qsizetype parsable = parsableLength(whole, limits.maxParts);
    if (parsable < whole.size()) {
        session.limitReached(QStringLiteral("more than %1 MIME boundary lines; only the first %2 of %3 bytes were parsed")
                                 .arg(2 * qint64(limits.maxParts) + 2)
                                 .arg(parsable)
                                 .arg(whole.size()));
    }
    const QByteArray raw = QByteArray::fromRawData(whole.constData(), parsable);
    Mail mail;
    {
        // The streams before the message: its parts read their content from them.
        gmime::BorrowedBytesStream stream(raw);
        std::optional<gmime::BorrowedBytesStream> withEmptyHeader;
        GObjectRef<GMimeMessage> message = constructMessage(stream.get(), session);
        if (!message && !raw.isEmpty()) {
            // GMime gives up when the mail does not start with a header block. An empty header
            // block in front makes it read everything as the body, so the text is still searchable.
            session.addDefect(MailDefect::Malformed, QStringLiteral("no header block; the whole mail was read as its body"));
            withEmptyHeader.emplace("\n" + raw);
            message = constructMessage(withEmptyHeader->get(), session);
        }
        if (message) {
            mail = gmime::MessageReader::read(message.get(), session, 0, withBody);
        } else {
            session.addDefect(MailDefect::Malformed,
                QStringLiteral("no message could be read from %1 bytes; only the raw mail is kept").arg(raw.size()));
        }
    } // GMime objects go before the session: they may still call its warning callback
    mail.defects = session.takeDefects();
    mail.rawSize = whole.size();
    mail.rawSha256 = common::Digest::sha256Hex(whole);
    return mail;
}

} // namespace

Mail MailParser::parse(const QByteArray &raw, const Limits &limits)
{
    return parseWithGMime(raw, limits, true);
}

Mail MailParser::parse(const QByteArray &raw, const Limits &limits, const QDateTime &internalDate)
{
    Mail mail = parse(raw, limits);
    mail.internalDate = internalDate;
    return mail;
}

Mail MailParser::parseHeadersOnly(const QByteArray &headerBlock, const Limits &limits)
{
    // GMime wants the blank line that ends a header block; IMAP servers usually send it.
    QByteArray block = headerBlock;
    if (!block.endsWith("\n\n") && !block.endsWith("\r\n\r\n"))
        block += block.endsWith('\n') ? "\r\n" : "\r\n\r\n";
    Mail mail = parseWithGMime(block, limits, false);
    mail.rawSize = headerBlock.size();
    mail.rawSha256 = common::Digest::sha256Hex(headerBlock);
    return mail;
}

} // namespace soar::mime
