// Feeds arbitrary server bytes to the streaming IMAP parser, split into chunks whose sizes are
// derived from the input, and checks that the split never changes the typed result (the same
// bytes parsed in one piece must give the same responses). Crashes, hangs or differences are bugs.
#include "imap/parser/ResponseParser.h"

#include <cstdint>
#include <cstdlib>

using soar::imap::Response;
using soar::imap::ResponseParser;

namespace {
// Small, so the oversized-literal path is exercised too.
constexpr qint64 kFuzzMessageLimit = 4096;

QList<Response> drain(ResponseParser &parser)
{
    QList<Response> out;
    while (auto r = parser.next())
        out.append(*r);
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte seeds the chunk sizes; the rest is the server's byte stream.
    uint32_t state = data[0] | 1u;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ResponseParser whole(kFuzzMessageLimit);
    whole.feed(stream);
    const QList<Response> expected = drain(whole);

    ResponseParser split(kFuzzMessageLimit);
    QList<Response> actual;
    for (qsizetype pos = 0; pos < stream.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype chunk = qsizetype(1 + (state >> 16) % 64);
        split.feed(stream.mid(pos, chunk));
        actual += drain(split);
        pos += chunk;
    }
    if (!(actual == expected))
        std::abort();
    return 0;
}
