#pragma once

#include "imap/parser/BodyStructure.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>

#include <map>
#include <optional>

namespace soar::imap {

// One "* n FETCH (...)" response. Only the items the server sent are set.
struct FetchResponse {
    quint32 sequence = 0;
    std::optional<quint32> uid;
    std::optional<QByteArrayList> flags;
    std::optional<quint64> rfc822Size;
    QDateTime internalDate; // invalid when absent
    std::optional<quint64> modSeq;
    // Body sections keyed by their name as sent, upper-cased, e.g. "BODY[]",
    // "BODY[HEADER.FIELDS (FROM SUBJECT)]", "BINARY[1]" (an origin "<0>" is dropped).
    std::map<QByteArray, QByteArray> sections;
    // Sections whose literal was larger than the per-message limit: discarded, not buffered.
    QByteArrayList oversizedSections;
    QByteArray bodyStructure; // raw text of BODYSTRUCTURE / BODY (...)
    // The same, read into parts; nullopt when absent or too odd to follow (then only raw).
    std::optional<BodyStructure> structure;
    QByteArray envelope; // raw text of ENVELOPE

    bool operator==(const FetchResponse &o) const
    {
        return sequence == o.sequence && uid == o.uid && flags == o.flags && rfc822Size == o.rfc822Size
            && internalDate == o.internalDate && modSeq == o.modSeq && sections == o.sections
            && oversizedSections == o.oversizedSections && bodyStructure == o.bodyStructure && structure == o.structure
            && envelope == o.envelope;
    }
};

} // namespace soar::imap
