#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace soar::imap {

// The bracketed code at the start of a status text, e.g. "[UIDVALIDITY 3857529045]".
struct ResponseCode {
    enum class Kind {
        None,
        Alert,
        Capability,
        UidValidity,
        UidNext,
        Unseen,
        PermanentFlags,
        TryCreate,
        ReadWrite,
        ReadOnly,
        HighestModSeq,
        NoModSeq,
        Parse,
        AuthenticationFailed,
        AppendUid,
        CopyUid,
        Other,
    };

    Kind kind = Kind::None;
    QByteArray name; // upper-cased code atom, e.g. "UIDVALIDITY"
    quint64 number = 0; // UIDVALIDITY, UIDNEXT, UNSEEN, HIGHESTMODSEQ
    QByteArrayList list; // CAPABILITY, PERMANENTFLAGS
    QByteArray argument; // raw text of any other argument (COPYUID, APPENDUID, unknown codes)

    bool operator==(const ResponseCode &o) const
    {
        return kind == o.kind && name == o.name && number == o.number && list == o.list && argument == o.argument;
    }
    bool operator!=(const ResponseCode &o) const { return !(*this == o); }
};

} // namespace soar::imap
