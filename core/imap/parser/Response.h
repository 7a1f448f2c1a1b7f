#pragma once

#include "imap/parser/FetchResponse.h"
#include "imap/parser/ResponseCode.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <variant>

// Typed server responses. Each is a small value type compared with ==, so tests and tasks never
// re-parse protocol text.
namespace soar::imap {

enum class Status { Ok, No, Bad, Bye, Preauth };

// "* OK ...", "* BYE ...", "a1 NO ..." with an optional response code.
struct StateResponse {
    QByteArray tag; // empty when untagged
    Status status = Status::Ok;
    ResponseCode code;
    QByteArray text;

    bool isTagged() const { return !tag.isEmpty(); }
    bool operator==(const StateResponse &o) const
    {
        return tag == o.tag && status == o.status && code == o.code && text == o.text;
    }
};

struct ContinuationResponse {
    QByteArray text;
    bool operator==(const ContinuationResponse &o) const { return text == o.text; }
};

struct CapabilityResponse {
    QByteArrayList capabilities; // upper-cased
    bool operator==(const CapabilityResponse &o) const { return capabilities == o.capabilities; }
};

struct SearchResponse {
    QList<quint32> ids;
    std::optional<quint64> highestModSeq; // CONDSTORE "(MODSEQ n)"
    bool operator==(const SearchResponse &o) const { return ids == o.ids && highestModSeq == o.highestModSeq; }
};

// RFC 4731 "* ESEARCH (TAG "a1") UID ALL 1:3,5 COUNT 4"; sequence sets are expanded.
struct ESearchResponse {
    QByteArray tag;
    bool uid = false;
    QList<quint32> all;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint32> count;
    bool operator==(const ESearchResponse &o) const
    {
        return tag == o.tag && uid == o.uid && all == o.all && min == o.min && max == o.max && count == o.count;
    }
};

struct ExistsResponse {
    quint32 count = 0;
    bool operator==(const ExistsResponse &o) const { return count == o.count; }
};

struct ExpungeResponse {
    quint32 sequence = 0;
    bool operator==(const ExpungeResponse &o) const { return sequence == o.sequence; }
};

struct RecentResponse {
    quint32 count = 0;
    bool operator==(const RecentResponse &o) const { return count == o.count; }
};

struct FlagsResponse {
    QByteArrayList flags;
    bool operator==(const FlagsResponse &o) const { return flags == o.flags; }
};

// LIST / LSUB; the mailbox name is decoded from modified UTF-7 (or UTF-8).
struct ListResponse {
    QByteArrayList attributes;
    QByteArray delimiter; // empty for NIL
    QString mailbox;
    bool lsub = false;
    bool operator==(const ListResponse &o) const
    {
        return attributes == o.attributes && delimiter == o.delimiter && mailbox == o.mailbox && lsub == o.lsub;
    }
};

struct StatusResponse {
    QString mailbox;
    std::map<QByteArray, quint64> items; // "MESSAGES" -> 231, "UIDNEXT" -> 44292
    bool operator==(const StatusResponse &o) const { return mailbox == o.mailbox && items == o.items; }
};

// A well-formed untagged response we have no use for ("* ENABLED ...", "* NAMESPACE ...").
struct OtherResponse {
    QByteArray name;
    QByteArray text;
    bool operator==(const OtherResponse &o) const { return name == o.name && text == o.text; }
};

// Something that is not IMAP. The connection goes on; the task decides whether it matters.
struct ProtocolError {
    QByteArray line; // the offending line, cut to a loggable length
    QString reason;
    bool operator==(const ProtocolError &o) const { return line == o.line && reason == o.reason; }
};

using Response = std::variant<StateResponse, ContinuationResponse, CapabilityResponse, SearchResponse, ESearchResponse,
    ExistsResponse, ExpungeResponse, RecentResponse, FlagsResponse, ListResponse, StatusResponse, FetchResponse, OtherResponse,
    ProtocolError>;

} // namespace soar::imap
