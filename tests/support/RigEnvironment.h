#pragma once

#include "RigServer.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace soar::test {

// The private Dovecot, imap4d and keychain started by tests/rig/with-rig.sh, as seen from a test.
// A test that needs the rig calls require(): without the rig it fails loudly (never skips).
class RigEnvironment {
public:
    static bool available();
    static QString missingReason();

    static QString host();
    static quint16 imapPort(); // plain + STARTTLS
    static quint16 imapsPort(); // implicit TLS
    static quint16 noStartTlsPort(); // a Dovecot without TLS: STARTTLS is not offered
    static QString caFile();
    static QString wrongCaFile();
    // A certificate for 127.0.0.1 signed by the rig's CA that has expired, and the key of both.
    static QString expiredCertificateFile();
    static QString serverKeyFile();
    static QByteArray serverSha256Hex();
    static QString dovecotConfig();
    static bool keyringAvailable();

    // Every real server of the rig, Dovecot first; GNU Mailutils imap4d second (mbox folders,
    // a SEARCH TEXT blind to MIME part headers, an IDLE that never reports new mail).
    static QList<RigServer> servers();
    static RigServer dovecot();
    static RigServer imap4d();
    // imap4d's mbox files: HOME/<user>/<folder>.
    static QString imap4dHome();
    // An imap4d that speaks TLS 1.0 only: STARTTLS on the first port, implicit TLS on the second.
    static quint16 oldTlsImapPort();
    static quint16 oldTlsImapsPort();

    static QList<QSslCertificate> caCertificates();
    static QList<QSslCertificate> wrongCaCertificates();

    // Users configured in the rig's passwd-file.
    static inline const QString kAlice = QStringLiteral("alice");
    static inline const QString kAlicePassword = QStringLiteral("alice-secret");
    static inline const QString kBob = QStringLiteral("bob");
    static inline const QString kBobPassword = QStringLiteral("bob-secret");
    static inline const QString kCarol = QStringLiteral("carol@example.test");
    static inline const QString kCarolPassword = QStringLiteral("carol-secret");
    static inline const QString kMaster = QStringLiteral("admin");
    static inline const QString kMasterPassword = QStringLiteral("master-secret");
};

} // namespace soar::test

// Fails the current test function when the rig is not running.
#define SOAR_REQUIRE_RIG()                                                                                                       \
    do {                                                                                                                         \
        if (!soar::test::RigEnvironment::available())                                                                            \
            QFAIL(qPrintable(soar::test::RigEnvironment::missingReason()));                                                      \
    } while (false)
