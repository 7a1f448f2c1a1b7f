#pragma once

#include <QByteArray>
#include <QString>

namespace soar::imap {

// How the server certificate is checked. The system CAs are always trusted; nothing else is
// unless listed here. There is deliberately no "ignore all errors".
struct TlsOptions {
    QString extraCaFile; // PEM file of extra CA certificates
    // SHA-256 of the server's leaf certificate (hex, colons and case ignored): that exact
    // certificate is accepted even when it does not chain to a trusted CA.
    QByteArray pinnedSha256;
    QString peerVerifyName; // name the certificate must carry; empty: the host name

    static QByteArray normalizeFingerprint(const QByteArray &hex)
    {
        QByteArray out = hex.toLower();
        out.replace(':', QByteArray());
        return out.trimmed();
    }
};

} // namespace soar::imap
