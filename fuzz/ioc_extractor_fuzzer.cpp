// Arbitrary text (UTF-8 decoded) -> IocExtractor. Besides "no crash, no sanitizer report", it
// checks the promises IocCollection makes: one entry per (kind, normalized value), counts of at
// least one, a source on every entry, normalized values without defanging brackets, and the
// same result when the text is extracted twice (no hidden state between runs).
#include "tools/IocExtractor.h"

#include <QJsonDocument>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using soar::tools::Ioc;
using soar::tools::IocCollection;
using soar::tools::IocExtractor;

namespace {

[[noreturn]] void fail(const char *why, const QString &context)
{
    std::fprintf(stderr, "ioc_extractor_fuzzer: %s: %s\n", why, context.toUtf8().constData());
    std::abort();
}

void check(const IocCollection &found)
{
    QSet<QString> keys;
    for (const Ioc &ioc : found.items()) {
        const QString key = Ioc::kindName(ioc.kind) + QLatin1Char(' ') + ioc.normalized;
        if (keys.contains(key))
            fail("indicator listed twice", key);
        keys.insert(key);
        if (ioc.count < 1)
            fail("indicator with a count below one", key);
        if (ioc.sources.isEmpty())
            fail("indicator without a source", key);
        if (ioc.normalized.isEmpty() || ioc.value.isEmpty())
            fail("empty indicator", key);
        // "hxxpss0ft.com" is a (strange) domain; only a URL's scheme must come back refanged.
        const bool defangedScheme = ioc.kind == Ioc::Kind::Url && ioc.normalized.startsWith(QLatin1String("hxxp"));
        if (ioc.normalized.contains(QLatin1String("[.]")) || defangedScheme)
            fail("normalized value is still defanged", key);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IocExtractor extractor;
    const IocCollection first = extractor.extract(text, QStringLiteral("fuzz"));
    check(first);
    const IocCollection second = extractor.extract(text, QStringLiteral("fuzz"));
    if (QJsonDocument(first.toJson()).toJson() != QJsonDocument(second.toJson()).toJson())
        fail("two runs over the same text differ", text.left(200));
    return 0;
}
