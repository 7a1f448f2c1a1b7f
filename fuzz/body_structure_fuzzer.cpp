// Bytes -> BodyStructureDecoder, the tolerant reader of a FETCH's BODYSTRUCTURE value. The input
// is split at NUL bytes: the first piece is the value's text, each further piece the body of a
// literal its markers announce. It must never throw or crash, and what it returns keeps its
// promises: lower-case types, bounded nesting, a multipart made of parts, one enclosed message.
#include "imap/parser/BodyStructureDecoder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using soar::imap::BodyStructure;
using soar::imap::BodyStructureDecoder;
using soar::imap::RawResponse;
using soar::imap::Tokenizer;

namespace {

constexpr int kDepthLimit = 52; // the decoder's 50 plus the top level, with room to spare

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "body_structure_fuzzer: %s\n", why);
    std::abort();
}

void check(const BodyStructure &part, int depth)
{
    if (depth > kDepthLimit)
        fail("nested deeper than the decoder allows");
    if (part.type != part.type.toLower() || part.subtype != part.subtype.toLower())
        fail("type or subtype not lower-case");
    if (part.disposition != part.disposition.toLower())
        fail("disposition not lower-case");
    if (part.type == "multipart" && part.parts.isEmpty())
        fail("multipart without parts");
    if (part.type != "multipart" && part.parts.size() > 1)
        fail("a single part with several parts");
    for (const auto &[name, value] : part.parameters) {
        if (name != name.toLower())
            fail("parameter name not lower-case");
    }
    for (const BodyStructure &child : part.parts)
        check(child, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> pieces = bytes.split('\0');
    RawResponse raw;
    raw.text = pieces.first();
    for (qsizetype i = 1; i < pieces.size() && i <= 16; ++i) {
        raw.literals.append(pieces.at(i));
        raw.oversized.append(false);
    }
    if (const auto structure = BodyStructureDecoder::decode(Tokenizer(raw)))
        check(*structure, 0);
    return 0;
}
