#pragma once

#include "mime/gmime/GMimeInclude.h"

#include <QByteArray>
#include <QString>

namespace soar::common {
class PayloadDigests;
}

namespace soar::mime::gmime {

class ParseSession;

// Getting bytes and text out of GMime parts, recording what is wrong with them on the way.
class PartPayload {
public:
    // The decoded content of a leaf part. Bad base64 or quoted-printable is decoded as far as
    // GMime can and recorded as a defect naming partLabel. With digests, every decoded piece
    // is also hashed while it is in cache: an attachment is read once for check, decoding and
    // its three digests.
    static QByteArray decoded(
        GMimePart *part, ParseSession &session, const QString &partLabel, common::PayloadDigests *digests = nullptr);

    // Text in the given charset (nullptr: undeclared) as UTF-8. An unknown charset is a defect;
    // the bytes are then read as UTF-8 when valid, else as windows-1252.
    static QString text(const QByteArray &bytes, const char *charset, ParseSession &session, const QString &partLabel);

    // An object written back to bytes (GMime keeps the original form of unmodified parts).
    static QByteArray serialized(GMimeObject *object);

private:
    static QByteArray convert(const QByteArray &bytes, const char *fromCharset, bool *known);
};

} // namespace soar::mime::gmime
