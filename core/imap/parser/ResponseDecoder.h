#pragma once

#include "imap/parser/RawResponse.h"
#include "imap/parser/Response.h"

namespace soar::imap {

class Tokenizer;

// Turns one framed response into its typed form. Never throws: malformed input becomes a
// ProtocolError value.
class ResponseDecoder {
public:
    static Response decode(const RawResponse &raw);

    // "17-Jul-1996 02:44:25 -0700" (day may be space-padded); invalid QDateTime on error.
    static QDateTime parseInternalDate(const QByteArray &text);
    // "1:3,7,9:10" -> 1,2,3,7,9,10. Refuses sets that would expand past maxItems.
    static QList<quint32> expandSequenceSet(const QByteArray &set, qsizetype maxItems = 10'000'000);

private:
    static Response decodeUntagged(Tokenizer &t);
    static Response decodeNumbered(Tokenizer &t, quint32 number);
    static StateResponse decodeState(Tokenizer &t, QByteArray tag, Status status);
    static ResponseCode decodeCode(Tokenizer &t);
    static FetchResponse decodeFetch(Tokenizer &t, quint32 sequence);
    static void decodeFetchItem(Tokenizer &t, FetchResponse &fetch);
    static ESearchResponse decodeESearch(Tokenizer &t);
    static SearchResponse decodeSearch(Tokenizer &t);
    static ListResponse decodeList(Tokenizer &t, bool lsub);
    static StatusResponse decodeStatus(Tokenizer &t);
};

} // namespace soar::imap
