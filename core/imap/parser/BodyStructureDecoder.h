#pragma once

#include "imap/parser/BodyStructure.h"
#include "imap/parser/Tokenizer.h"

#include <optional>

namespace soar::imap {

// Reads a BODYSTRUCTURE value (RFC 3501 "body") into a BodyStructure. Tolerant by design: it
// reads a copy of the tokenizer and answers nullopt for anything it cannot follow, so a
// server's odd structure never fails the FETCH it came with (the caller skips the value).
class BodyStructureDecoder {
public:
    static std::optional<BodyStructure> decode(Tokenizer t);

private:
    static BodyStructure body(Tokenizer &t, int depth);
    static void singlePart(Tokenizer &t, BodyStructure &part, int depth);
    static BodyStructure::Parameters parameters(Tokenizer &t);
    static void disposition(Tokenizer &t, BodyStructure &part);
    static QByteArray text(Tokenizer &t); // string, NIL (empty) or a bare atom some servers send
    static void skipRest(Tokenizer &t); // body extensions we do not need, up to the closing ')'
};

} // namespace soar::imap
