#pragma once

#include <QString>

namespace soar::mime {

// Defects are recorded on Mail::defects as "<kind>: <detail>", e.g.
// "bad base64: part 1.2 (photo.jpg): 3 characters outside the base64 alphabet".
// The kinds below are the stable prefixes other modules may match on.
struct MailDefect {
    static inline const QString ParseLimited = QStringLiteral("parse limited"); // a Limits value was hit
    static inline const QString BadBoundary = QStringLiteral("bad boundary"); // multipart structure broken
    static inline const QString BadBase64 = QStringLiteral("bad base64");
    static inline const QString BadQuotedPrintable = QStringLiteral("bad quoted-printable");
    static inline const QString UnknownCharset = QStringLiteral("unknown charset");
    static inline const QString BadHeader = QStringLiteral("bad header"); // invalid name, 8-bit, bad RFC 2047
    static inline const QString Truncated = QStringLiteral("truncated"); // the mail ends early
    static inline const QString Malformed = QStringLiteral("malformed"); // anything else GMime reports
    static inline const QString TooMany = QStringLiteral("too many defects"); // Limits::maxDefects hit
    // A header RFC 5322 allows once occurs more often: "duplicate header: 2 From headers; the first is shown".
    static inline const QString DuplicateHeader = QStringLiteral("duplicate header");

    static QString make(const QString &kind, const QString &detail) { return kind + QLatin1String(": ") + detail; }
    static QString duplicateHeaderDetail(const QString &name, int count)
    {
        return QStringLiteral("%1 %2 headers; the first is shown").arg(count).arg(name);
    }
};

} // namespace soar::mime
