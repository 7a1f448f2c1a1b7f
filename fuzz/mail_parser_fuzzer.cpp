// Raw bytes -> MailParser::parse (and parseHeadersOnly, and HtmlToText over the HTML body) with
// small limits. Besides "no crash, no sanitizer report", it checks the promises Mail makes:
// sizes match the payloads, file names are safe and never empty, limits hold.
#include "mime/FileNameSanitizer.h"
#include "mime/HtmlToText.h"
#include "mime/MailParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace soar::mime;

namespace {

[[noreturn]] void fail(const char *why, const QString &context)
{
    std::fprintf(stderr, "mail_parser_fuzzer: %s: %s\n", why, context.toUtf8().constData());
    std::abort();
}

void checkFileName(const QString &name)
{
    if (name.isEmpty())
        fail("empty file name", name);
    if (name.size() > FileNameSanitizer::kMaxLength)
        fail("file name too long", name);
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            fail("unsafe character in file name", name);
    }
    if (name.startsWith(QLatin1Char('.')))
        fail("file name starts with a dot", name);
}

// Returns the number of parts seen below (attachments and enclosed mails).
int checkMail(const Mail &mail, const MailParser::Limits &limits, int depth)
{
    if (depth > limits.maxDepth + 1)
        fail("enclosed mails deeper than maxDepth", mail.subject);
    if (mail.defects.size() > limits.maxDefects + 1)
        fail("more defects listed than maxDefects", mail.defects.join(QLatin1Char('|')));
    if (mail.rawSha256.size() != 64)
        fail("raw SHA-256 is not 64 hex digits", mail.rawSha256);
    int parts = 0;
    for (const Attachment &a : mail.attachments) {
        ++parts;
        checkFileName(a.fileName);
        if (a.size != a.data.size())
            fail("attachment size differs from its data", a.fileName);
        if (a.sha256.size() != 64 || a.sha1.size() != 40 || a.md5.size() != 32)
            fail("attachment digest has the wrong length", a.fileName);
        if (a.enclosed)
            parts += checkMail(*a.enclosed, limits, depth + 1);
    }
    return parts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    MailParser::Limits limits;
    limits.maxDepth = 8;
    limits.maxParts = 64;
    limits.maxHeaderBytes = 64 * 1024;
    limits.maxDefects = 16;

    const Mail mail = MailParser::parse(raw, limits);
    if (mail.rawSize != qint64(size))
        fail("rawSize differs from the input size", QString::number(mail.rawSize));
    if (checkMail(mail, limits, 0) > limits.maxParts)
        fail("more attachments than maxParts", QString::number(mail.attachments.size()));
    (void)HtmlToText::convert(mail.htmlBody);
    (void)mail.bodyText();

    const Mail headers = MailParser::parseHeadersOnly(raw, limits);
    if (!headers.attachments.isEmpty() || !headers.textBody.isEmpty())
        fail("parseHeadersOnly returned body content", headers.subject);
    return 0;
}
