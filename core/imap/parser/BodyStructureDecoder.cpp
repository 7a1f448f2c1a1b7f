#include "imap/parser/BodyStructureDecoder.h"

namespace soar::imap {

namespace {
constexpr int kMaxDepth = 50; // a mail nested deeper has more parts than a fetch needs to look at
}

std::optional<BodyStructure> BodyStructureDecoder::decode(Tokenizer t)
{
    try {
        return body(t, 0);
    } catch (const ParseFailure &) {
        return std::nullopt;
    }
}

BodyStructure BodyStructureDecoder::body(Tokenizer &t, int depth)
{
    if (depth > kMaxDepth)
        t.fail(QStringLiteral("BODYSTRUCTURE nested too deeply"));
    BodyStructure part;
    t.expect('(');
    if (t.peek() == '(') {
        // multipart: 1*body SP subtype [SP params [SP disposition [...]]]
        while (t.peek() == '(') {
            part.parts.append(body(t, depth + 1));
            t.consumeIf(' '); // RFC 3501 has no space between the parts; some servers send one
        }
        part.type = "multipart";
        part.subtype = text(t).toLower();
        if (t.consumeIf(' ')) {
            part.parameters = parameters(t);
            if (t.consumeIf(' '))
                disposition(t, part);
        }
    } else {
        singlePart(t, part, depth);
    }
    skipRest(t);
    t.expect(')');
    return part;
}

void BodyStructureDecoder::singlePart(Tokenizer &t, BodyStructure &part, int depth)
{
    part.type = text(t).toLower();
    t.expectSpace();
    part.subtype = text(t).toLower();
    t.expectSpace();
    part.parameters = parameters(t);
    for (int i = 0; i < 4; ++i) { // id, description, encoding, octets
        t.expectSpace();
        t.skipValue();
    }
    const bool message = part.type == "message" && (part.subtype == "rfc822" || part.subtype == "global");
    if (message && t.consumeIf(' ')) {
        t.skipValue(); // envelope
        t.consumeIf(' '); // GNU Mailutils sends none between envelope and body
        part.parts.append(body(t, depth + 1));
        t.expectSpace();
        t.skipValue(); // lines
    } else if (part.type == "text" && t.consumeIf(' ')) {
        t.skipValue(); // lines
    }
    if (t.consumeIf(' ')) {
        t.skipValue(); // MD5
        if (t.consumeIf(' '))
            disposition(t, part);
    }
}

BodyStructure::Parameters BodyStructureDecoder::parameters(Tokenizer &t)
{
    BodyStructure::Parameters out;
    if (!t.consumeIf('(')) {
        t.skipValue(); // NIL
        return out;
    }
    while (t.peek() != ')') {
        const QByteArray name = text(t).toLower();
        t.expectSpace();
        out.append({name, text(t)});
        t.consumeIf(' ');
    }
    t.expect(')');
    return out;
}

void BodyStructureDecoder::disposition(Tokenizer &t, BodyStructure &part)
{
    if (!t.consumeIf('(')) {
        t.skipValue(); // NIL
        return;
    }
    part.disposition = text(t).toLower();
    if (t.consumeIf(' '))
        part.dispositionParameters = parameters(t);
    skipRest(t);
    t.expect(')');
}

QByteArray BodyStructureDecoder::text(Tokenizer &t)
{
    if (t.peek() == '"' || t.peek() == '{' || t.peek() == '~')
        return t.string();
    const QByteArray atom = t.atom();
    return atom.compare("NIL", Qt::CaseInsensitive) == 0 ? QByteArray() : atom;
}

void BodyStructureDecoder::skipRest(Tokenizer &t)
{
    while (t.consumeIf(' '))
        t.skipValue();
}

} // namespace soar::imap
