// Filter settings -> FilterSpec -> SearchQuery -> rendered SEARCH criteria. The analyst's text
// must never reach the IMAP command line with a CR, LF or NUL, and the token stream must be a
// well-formed RFC 3501 search-key list. Input: byte 0 picks the fetch window, the rest is split
// at 0x1E into the 12 settings (from, to, ..., notHeaderField in FilterSpec::settingKeys order).
#include "daemon/SearchArguments.h"
#include "imap/parser/CommandEncoder.h"
#include "imap/parser/ResponseParser.h"
#include "rules/ClientMatcher.h"
#include "rules/PlanDescription.h"
#include "rules/SearchCompiler.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace soar::rules;

namespace {

[[noreturn]] void fail(const char *why, const QByteArray &context)
{
    std::fprintf(stderr, "filter_spec_fuzzer: %s: %s\n", why, context.toHex(' ').constData());
    std::abort();
}

bool hasLineBreakOrNul(const QByteArray &bytes)
{
    return bytes.contains('\r') || bytes.contains('\n') || bytes.contains('\0');
}

FetchWindow windowFrom(uint8_t selector)
{
    switch (selector % 5) {
    case 0:
        return FetchWindow::unseen();
    case 1:
        return FetchWindow::uidsAbove(selector * 1000u);
    case 2:
        return FetchWindow::uidsAbove(0xffffffffu);
    case 3:
        return FetchWindow::sinceDate(QDate(2026, 1, 1).addDays(selector));
    default:
        return FetchWindow::all();
    }
}

// Recursive descent over the tokens: every key has its arguments, OR two operands, NOT one,
// groups are closed. Returns the index after the key at i.
qsizetype checkKey(const QList<SearchToken> &t, qsizetype i, int depth)
{
    const QByteArray where = QByteArray::number(i);
    if (depth > 64)
        fail("search key nested too deep", where);
    if (i >= t.size())
        fail("search key missing", where);
    const SearchToken &token = t.at(i);
    if (token.kind == SearchToken::Kind::GroupOpen) {
        i = checkKey(t, i + 1, depth + 1);
        while (i < t.size() && t.at(i).kind != SearchToken::Kind::GroupClose)
            i = checkKey(t, i, depth + 1);
        if (i >= t.size())
            fail("unclosed group", where);
        return i + 1;
    }
    if (token.kind != SearchToken::Kind::Atom)
        fail("search key does not start with a keyword", where);
    auto expect = [&](qsizetype at, SearchToken::Kind kind) {
        if (at >= t.size() || t.at(at).kind != kind)
            fail("search key argument missing", token.atom);
    };
    const QByteArray &k = token.atom;
    if (k == "OR")
        return checkKey(t, checkKey(t, i + 1, depth + 1), depth + 1);
    if (k == "NOT")
        return checkKey(t, i + 1, depth + 1);
    if (k == "UNSEEN" || k == "ALL")
        return i + 1;
    if (k == "UID" || k == "SINCE") {
        expect(i + 1, SearchToken::Kind::Atom);
        return i + 2;
    }
    if (k == "FROM" || k == "TO" || k == "CC" || k == "SUBJECT" || k == "TEXT") {
        expect(i + 1, SearchToken::Kind::Text);
        return i + 2;
    }
    if (k == "HEADER") {
        expect(i + 1, SearchToken::Kind::Text);
        expect(i + 2, SearchToken::Kind::Text);
        return i + 3;
    }
    fail("unknown search keyword", k);
}

void checkTokens(const QList<SearchToken> &tokens)
{
    qsizetype i = 0;
    while (i < tokens.size())
        i = checkKey(tokens, i, 0);
    for (const SearchToken &t : tokens) {
        if (t.kind == SearchToken::Kind::Atom && (hasLineBreakOrNul(t.atom) || t.atom.contains(' ') || t.atom.isEmpty()))
            fail("bad keyword", t.atom);
        if (t.kind != SearchToken::Kind::Text)
            continue;
        const QByteArray utf8 = t.text.toUtf8();
        if (t.text.isEmpty() || hasLineBreakOrNul(utf8))
            fail("validated text is empty or has CR/LF/NUL", utf8);
    }
}

} // namespace

// The compiled query as the IMAP engine really sends it (SearchArguments + CommandEncoder,
// LITERAL+), read back by the engine's response parser: the command must come out as exactly
// one line, so no CR/LF in a value can ever end the command early or inject a second one.
void checkWireRoundTrip(const SearchQuery &query)
{
    // As UidSearchTask writes it: CHARSET UTF-8 when an argument has non-ASCII text.
    const QList<soar::imap::Argument> criteria = soar::daemon::SearchArguments::fromTokens(query.tokens());
    QList<soar::imap::Argument> args;
    if (std::any_of(criteria.cbegin(), criteria.cend(), [](const soar::imap::Argument &a) { return a.needsUtf8(); }))
        args << soar::imap::Argument::keyword("CHARSET") << soar::imap::Argument::keyword("UTF-8");
    args << criteria;
    const auto encoded
        = soar::imap::CommandEncoder(soar::imap::CommandEncoder::Literals::NonSynchronizing).encode("a1", "UID SEARCH", args);
    if (!encoded.ok())
        fail("validated filters could not be encoded", encoded.error().message.toUtf8());
    const QByteArray wire = encoded.value().chunks.join();
    if (!wire.endsWith("\r\n"))
        fail("command does not end with CRLF", wire);
    soar::imap::ResponseParser parser;
    parser.feed("* " + wire.mid(3)); // "a1 " -> "* ": frame it like a server line
    int lines = 0;
    while (parser.next())
        ++lines;
    if (lines != 1)
        fail("the encoded command does not frame as exactly one line", wire);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<QByteArray> fields = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)).split('\x1e');
    QMap<QString, QString> settings;
    const QStringList &keys = FilterSpec::settingKeys();
    for (qsizetype i = 0; i < fields.size() && i < keys.size(); ++i)
        settings.insert(keys.at(i), QString::fromUtf8(fields.at(i)));

    const auto spec = FilterSpec::fromSettings(settings);
    if (!spec.ok()) {
        if (spec.error().message.isEmpty())
            fail("error without a message", {});
        return 0;
    }
    const FetchWindow window = windowFrom(data[0]);
    const SearchQuery query = SearchCompiler::compile(spec.value(), window);
    checkTokens(query.tokens());
    (void)PlanDescription::describe(spec.value(), window);
    checkWireRoundTrip(query);

    // The client check must accept its own values without crashing.
    MailFacts facts;
    facts.from = spec.value().require.from;
    facts.to = spec.value().exclude.to;
    facts.subject = spec.value().require.subject.join(QLatin1Char(' '));
    facts.attachmentNames = spec.value().exclude.textBody;
    for (const QString &v : spec.value().require.header)
        facts.headers.append({spec.value().require.headerField, v});
    (void)ClientMatcher(spec.value(), window).evaluate(facts);
    return 0;
}
