#pragma once

#include "common/Result.h"
#include "soar/SoarTlsOptions.h"

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>

namespace soar::soar {

// Certificate checks for the REST client: the system CAs plus an optional CA file, and a
// server certificate the analyst trusts by its SHA-256 fingerprint. Nothing else is ever
// ignored.
class SoarTlsPolicy {
public:
    // Fails when the CA file cannot be read or the fingerprint is not 64 hex digits.
    static common::Result<SoarTlsPolicy> create(const SoarTlsOptions &options);
    SoarTlsPolicy() = default;

    const QSslConfiguration &configuration() const { return m_configuration; }

    // True when every error concerns a leaf certificate whose fingerprint is the trusted one.
    bool mayIgnore(const QList<QSslError> &errors) const;

    static QByteArray normaliseFingerprint(const QString &typed);
    static QString describe(const QList<QSslError> &errors);

private:
    QSslConfiguration m_configuration = QSslConfiguration::defaultConfiguration();
    QByteArray m_trustedSha256; // lower-case hex, empty when none
};

} // namespace soar::soar
