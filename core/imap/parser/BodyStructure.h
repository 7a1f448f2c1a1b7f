#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace soar::imap {

// One body part of a BODYSTRUCTURE (RFC 3501 "body"), with what the client needs to know
// about a mail's parts before downloading it: types, parameters and dispositions. Parameter
// values are as the server sent them (RFC 2231 / RFC 2047 forms not decoded).
struct BodyStructure {
    using Parameters = QList<QPair<QByteArray, QByteArray>>; // names lower-cased

    QByteArray type; // lower-case: "multipart", "text", "application", "message"...
    QByteArray subtype; // lower-case
    Parameters parameters; // Content-Type parameters (body-fld-param)
    QByteArray disposition; // lower-case, empty when the server sent none
    Parameters dispositionParameters;
    // A multipart's parts; for message/rfc822 (and message/global) the one enclosed message.
    QList<BodyStructure> parts;

    bool operator==(const BodyStructure &o) const
    {
        return type == o.type && subtype == o.subtype && parameters == o.parameters && disposition == o.disposition
            && dispositionParameters == o.dispositionParameters && parts == o.parts;
    }
};

} // namespace soar::imap
