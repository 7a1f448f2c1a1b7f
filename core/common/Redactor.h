#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace soar::common {

// The one place that knows how secrets look in our output. Every log sink scrubs its records
// through scrub(), and protocol/REST logging formats lines through the specific helpers, so a
// password, token or key never reaches a log file, stderr or the live log view.
class Redactor {
public:
    static inline const QString kMarker = QStringLiteral("<redacted>");

    // "a1 LOGIN alice secret" -> "a1 LOGIN alice <redacted>";
    // "a2 AUTHENTICATE PLAIN AGFsaWNl..." -> "a2 AUTHENTICATE PLAIN <redacted>".
    static QByteArray imapCommand(const QByteArray &line);

    // A client line sent in answer to a SASL continuation: always a secret.
    static QByteArray saslResponse();

    // "Authorization: Bearer x" and similar headers -> value replaced.
    static QByteArray httpHeader(const QByteArray &name, const QByteArray &value);
    static bool isSensitiveHeader(const QByteArray &name);

    // Drops user info and the values of query items that carry credentials.
    static QString url(const QUrl &url);

    // Secrets known at run time (loaded from the keychain, a password command or the
    // environment). scrub() replaces every occurrence of them in free text.
    static void registerSecret(const QString &secret);
    static QString scrub(const QString &text);
    static std::string scrub(std::string_view utf8);
};

} // namespace soar::common
