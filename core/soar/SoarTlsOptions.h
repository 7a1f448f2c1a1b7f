#pragma once

#include <QString>

namespace soar::soar {

// The same TLS choices as the IMAP side: the system CAs, plus optionally a CA file (PEM) and a
// trusted server certificate given by its SHA-256 fingerprint (hex, colons allowed).
struct SoarTlsOptions {
    QString caFile;
    QString trustedFingerprint;

    bool operator==(const SoarTlsOptions &o) const { return caFile == o.caFile && trustedFingerprint == o.trustedFingerprint; }
};

} // namespace soar::soar
