#include "imap/parser/ResponseDecoder.h"

#include "imap/parser/BodyStructureDecoder.h"

#include "imap/parser/MailboxName.h"
#include "imap/parser/Tokenizer.h"

#include <QTimeZone>

namespace soar::imap {

namespace {
constexpr qsizetype kLoggedLineLength = 200;

std::optional<Status> statusFromAtom(const QByteArray &upper)
{
    if (upper == "OK")
        return Status::Ok;
    if (upper == "NO")
        return Status::No;
    if (upper == "BAD")
        return Status::Bad;
    if (upper == "BYE")
        return Status::Bye;
    if (upper == "PREAUTH")
        return Status::Preauth;
    return std::nullopt;
}

ResponseCode::Kind codeKind(const QByteArray &name)
{
    static const std::map<QByteArray, ResponseCode::Kind> kinds = {
        {"ALERT", ResponseCode::Kind::Alert},
        {"CAPABILITY", ResponseCode::Kind::Capability},
        {"UIDVALIDITY", ResponseCode::Kind::UidValidity},
        {"UIDNEXT", ResponseCode::Kind::UidNext},
        {"UNSEEN", ResponseCode::Kind::Unseen},
        {"PERMANENTFLAGS", ResponseCode::Kind::PermanentFlags},
        {"TRYCREATE", ResponseCode::Kind::TryCreate},
        {"READ-WRITE", ResponseCode::Kind::ReadWrite},
        {"READ-ONLY", ResponseCode::Kind::ReadOnly},
        {"HIGHESTMODSEQ", ResponseCode::Kind::HighestModSeq},
        {"NOMODSEQ", ResponseCode::Kind::NoModSeq},
        {"PARSE", ResponseCode::Kind::Parse},
        {"AUTHENTICATIONFAILED", ResponseCode::Kind::AuthenticationFailed},
        {"APPENDUID", ResponseCode::Kind::AppendUid},
        {"COPYUID", ResponseCode::Kind::CopyUid},
    };
    const auto it = kinds.find(name);
    return it == kinds.end() ? ResponseCode::Kind::Other : it->second;
}

ProtocolError protocolError(const RawResponse &raw, const QString &reason)
{
    return ProtocolError {raw.text.left(kLoggedLineLength), reason};
}
} // namespace

Response ResponseDecoder::decode(const RawResponse &raw)
{
    if (raw.lineTooLong)
        return protocolError(raw, QStringLiteral("response line exceeds the line length limit"));
    Tokenizer t(raw);
    try {
        if (t.consumeIf('+')) {
            t.consumeIf(' ');
            return ContinuationResponse {t.rest()};
        }
        if (t.consumeIf('*')) {
            t.expectSpace();
            return decodeUntagged(t);
        }
        QByteArray tag = t.atom();
        t.expectSpace();
        const auto status = statusFromAtom(t.atom().toUpper());
        if (!status || *status == Status::Bye || *status == Status::Preauth)
            t.fail(QStringLiteral("a tagged response must be OK, NO or BAD"));
        return decodeState(t, std::move(tag), *status);
    } catch (const ParseFailure &failure) {
        return protocolError(raw, failure.reason);
    }
}

Response ResponseDecoder::decodeUntagged(Tokenizer &t)
{
    if (t.peek() >= '0' && t.peek() <= '9') {
        const quint32 number = t.number32();
        t.expectSpace();
        return decodeNumbered(t, number);
    }
    const QByteArray name = t.atom().toUpper();
    if (const auto status = statusFromAtom(name))
        return decodeState(t, QByteArray(), *status);
    if (name == "CAPABILITY") {
        CapabilityResponse caps;
        while (t.consumeIf(' ')) {
            if (t.atEnd())
                break;
            caps.capabilities.append(t.atom().toUpper());
        }
        return caps;
    }
    if (name == "SEARCH")
        return decodeSearch(t);
    if (name == "ESEARCH")
        return decodeESearch(t);
    if (name == "FLAGS") {
        t.expectSpace();
        return FlagsResponse {t.atomList()};
    }
    if (name == "LIST" || name == "LSUB")
        return decodeList(t, name == "LSUB");
    if (name == "STATUS")
        return decodeStatus(t);
    t.consumeIf(' ');
    return OtherResponse {name, t.rest()};
}

Response ResponseDecoder::decodeNumbered(Tokenizer &t, quint32 number)
{
    const QByteArray name = t.atom().toUpper();
    if (name == "EXISTS")
        return ExistsResponse {number};
    if (name == "EXPUNGE")
        return ExpungeResponse {number};
    if (name == "RECENT")
        return RecentResponse {number};
    if (name == "FETCH") {
        t.expectSpace();
        return decodeFetch(t, number);
    }
    t.consumeIf(' ');
    return OtherResponse {name, t.rest()};
}

StateResponse ResponseDecoder::decodeState(Tokenizer &t, QByteArray tag, Status status)
{
    StateResponse out;
    out.tag = std::move(tag);
    out.status = status;
    // Some servers send "a1 OK" with no text at all.
    if (!t.consumeIf(' '))
        return out;
    if (t.consumeIf('['))
        out.code = decodeCode(t);
    t.consumeIf(' ');
    out.text = t.rest();
    return out;
}

ResponseCode ResponseDecoder::decodeCode(Tokenizer &t)
{
    ResponseCode code;
    code.name = t.atom().toUpper();
    code.kind = codeKind(code.name);
    switch (code.kind) {
    case ResponseCode::Kind::Capability:
        while (t.consumeIf(' '))
            code.list.append(t.atom().toUpper());
        break;
    case ResponseCode::Kind::PermanentFlags:
        t.expectSpace();
        code.list = t.atomList();
        break;
    case ResponseCode::Kind::UidValidity:
    case ResponseCode::Kind::UidNext:
    case ResponseCode::Kind::Unseen:
    case ResponseCode::Kind::HighestModSeq:
        t.expectSpace();
        code.number = t.number();
        break;
    default:
        if (t.consumeIf(' ')) {
            const qsizetype start = t.position();
            while (!t.atEnd() && t.peek() != ']')
                t.expect(t.peek());
            code.argument = t.slice(start, t.position());
        }
        break;
    }
    t.expect(']');
    return code;
}

SearchResponse ResponseDecoder::decodeSearch(Tokenizer &t)
{
    SearchResponse out;
    while (t.consumeIf(' ')) {
        if (t.atEnd())
            break; // trailing space, seen from some servers
        if (t.consumeIf('(')) {
            if (!t.consumeKeyword("MODSEQ"))
                t.fail(QStringLiteral("expected MODSEQ"));
            t.expectSpace();
            out.highestModSeq = t.number();
            t.expect(')');
            continue;
        }
        out.ids.append(t.number32());
    }
    if (!t.atEnd())
        t.fail(QStringLiteral("unexpected data in SEARCH"));
    return out;
}

ESearchResponse ResponseDecoder::decodeESearch(Tokenizer &t)
{
    ESearchResponse out;
    if (!t.consumeIf(' '))
        return out;
    if (t.consumeIf('(')) {
        if (!t.consumeKeyword("TAG"))
            t.fail(QStringLiteral("expected TAG"));
        t.expectSpace();
        out.tag = t.string();
        t.expect(')');
        if (!t.consumeIf(' '))
            return out;
    }
    if (t.consumeKeyword("UID")) {
        out.uid = true;
        if (!t.consumeIf(' '))
            return out;
    }
    for (;;) {
        const QByteArray name = t.atom().toUpper();
        t.expectSpace();
        if (name == "ALL") {
            out.all = expandSequenceSet(t.atom());
            if (out.all.isEmpty())
                t.fail(QStringLiteral("invalid sequence set in ESEARCH ALL"));
        } else if (name == "MIN") {
            out.min = t.number32();
        } else if (name == "MAX") {
            out.max = t.number32();
        } else if (name == "COUNT") {
            out.count = t.number32();
        } else {
            t.skipValue();
        }
        if (!t.consumeIf(' '))
            break;
    }
    if (!t.atEnd())
        t.fail(QStringLiteral("unexpected data in ESEARCH"));
    return out;
}

ListResponse ResponseDecoder::decodeList(Tokenizer &t, bool lsub)
{
    ListResponse out;
    out.lsub = lsub;
    t.expectSpace();
    out.attributes = t.atomList();
    t.expectSpace();
    if (const auto delimiter = t.nstring())
        out.delimiter = *delimiter;
    t.expectSpace();
    out.mailbox = MailboxName::decode(t.astring());
    // Extended data (CHILDINFO, OLDNAME) is not used.
    return out;
}

StatusResponse ResponseDecoder::decodeStatus(Tokenizer &t)
{
    StatusResponse out;
    t.expectSpace();
    out.mailbox = MailboxName::decode(t.astring());
    t.expectSpace();
    t.expect('(');
    while (!t.consumeIf(')')) {
        if (!out.items.empty())
            t.expectSpace();
        const QByteArray name = t.atom().toUpper();
        t.expectSpace();
        out.items[name] = t.number();
    }
    return out;
}

FetchResponse ResponseDecoder::decodeFetch(Tokenizer &t, quint32 sequence)
{
    FetchResponse fetch;
    fetch.sequence = sequence;
    t.expect('(');
    bool first = true;
    while (!t.consumeIf(')')) {
        if (!first)
            t.expectSpace();
        first = false;
        decodeFetchItem(t, fetch);
    }
    return fetch;
}

void ResponseDecoder::decodeFetchItem(Tokenizer &t, FetchResponse &fetch)
{
    QByteArray name = t.fetchItemName().toUpper();
    if (t.consumeIf('[')) {
        // The section spec may hold a header list: "[HEADER.FIELDS (FROM TO)]".
        const qsizetype start = t.position();
        while (t.peek() != ']') {
            if (t.atEnd())
                t.fail(QStringLiteral("unterminated section"));
            t.expect(t.peek());
        }
        name += '[' + t.slice(start, t.position()).toUpper() + ']';
        t.expect(']');
        if (t.consumeIf('<')) {
            t.number();
            t.expect('>');
        }
    }
    t.expectSpace();
    if (name == "UID") {
        fetch.uid = t.number32();
    } else if (name == "FLAGS") {
        fetch.flags = t.atomList();
    } else if (name == "RFC822.SIZE") {
        fetch.rfc822Size = t.number();
    } else if (name == "INTERNALDATE") {
        fetch.internalDate = parseInternalDate(t.string());
        if (!fetch.internalDate.isValid())
            t.fail(QStringLiteral("invalid INTERNALDATE"));
    } else if (name == "MODSEQ") {
        t.expect('(');
        fetch.modSeq = t.number();
        t.expect(')');
    } else if (name.contains('[') || name == "RFC822" || name == "RFC822.HEADER" || name == "RFC822.TEXT") {
        bool oversized = false;
        const auto bytes = t.nstring(&oversized);
        if (oversized)
            fetch.oversizedSections.append(name);
        else
            fetch.sections[name] = bytes.value_or(QByteArray());
    } else if (name == "BODYSTRUCTURE" || name == "BODY" || name == "ENVELOPE") {
        const qsizetype start = t.position();
        if (name != "ENVELOPE")
            fetch.structure = BodyStructureDecoder::decode(t);
        t.skipValue();
        (name == "ENVELOPE" ? fetch.envelope : fetch.bodyStructure) = t.slice(start, t.position());
    } else {
        t.skipValue();
    }
}

QDateTime ResponseDecoder::parseInternalDate(const QByteArray &text)
{
    // dd-Mon-yyyy hh:mm:ss +zzzz
    const QByteArray s = text.trimmed();
    const QList<QByteArray> parts = s.split(' ');
    if (parts.size() != 3)
        return {};
    const QList<QByteArray> date = parts.at(0).split('-');
    const QList<QByteArray> time = parts.at(1).split(':');
    const QByteArray &zone = parts.at(2);
    if (date.size() != 3 || time.size() != 3 || zone.size() != 5 || (zone.at(0) != '+' && zone.at(0) != '-'))
        return {};
    static const QByteArrayList months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    const int month = int(months.indexOf(date.at(1).toUpper())) + 1;
    bool ok[7] = {};
    const int day = date.at(0).toInt(&ok[0]);
    const int year = date.at(2).toInt(&ok[1]);
    const int hour = time.at(0).toInt(&ok[2]);
    const int minute = time.at(1).toInt(&ok[3]);
    const int second = time.at(2).toInt(&ok[4]);
    const int zh = zone.mid(1, 2).toInt(&ok[5]);
    const int zm = zone.mid(3, 2).toInt(&ok[6]);
    for (bool b : ok) {
        if (!b)
            return {};
    }
    const QDate d(year, month, day);
    const QTime tm(hour, minute, second);
    if (month == 0 || !d.isValid() || !tm.isValid())
        return {};
    const int offset = (zh * 3600 + zm * 60) * (zone.at(0) == '-' ? -1 : 1);
    return QDateTime(d, tm, QTimeZone(offset)).toUTC();
}

QList<quint32> ResponseDecoder::expandSequenceSet(const QByteArray &set, qsizetype maxItems)
{
    QList<quint32> out;
    for (const QByteArray &part : set.split(',')) {
        const qsizetype colon = part.indexOf(':');
        bool okA = false;
        bool okB = false;
        const quint32 a = (colon < 0 ? part : part.left(colon)).toUInt(&okA);
        const quint32 b = colon < 0 ? a : part.mid(colon + 1).toUInt(&okB);
        if (!okA || (colon >= 0 && !okB) || a == 0 || b == 0)
            return {};
        const quint32 low = qMin(a, b);
        const quint32 high = qMax(a, b);
        if (qint64(high - low) + out.size() >= maxItems)
            return {};
        for (quint64 n = low; n <= high; ++n)
            out.append(quint32(n));
    }
    return out;
}

} // namespace soar::imap
