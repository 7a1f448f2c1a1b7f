// Arbitrary bytes (UTF-8 decoded) -> mime::HtmlToText, i.e. libxml2's HTML SAX parser and the
// HTML5 reference rewrite in front of it. Besides "no crash, no sanitizer report", it checks
// what PlainTextWriter promises: no invisible format characters, no blank at either end, at
// most one blank line in a row, no blank before a line break, and the same text twice.
#include "mime/HtmlToText.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using soar::mime::HtmlToText;

namespace {

[[noreturn]] void fail(const char *why, const QString &context)
{
    std::fprintf(stderr, "html_to_text_fuzzer: %s: %s\n", why, context.left(200).toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = HtmlToText::convert(html);
    for (const char16_t invisible : {u'\u00AD', u'\u200B', u'\u200C', u'\u200D', u'\u2060', u'\uFEFF'}) {
        if (text.contains(QChar(invisible)))
            fail("invisible character left", text);
    }
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        fail("blank at an end", text);
    if (text.contains(QLatin1String("\n\n\n")))
        fail("more than one blank line", text);
    if (text.contains(QLatin1String(" \n")))
        fail("blank before a line break", text);
    if (HtmlToText::convert(html) != text)
        fail("a second conversion differs", text);
    return 0;
}
