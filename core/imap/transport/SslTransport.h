#pragma once

#include "imap/transport/TlsOptions.h"
#include "imap/transport/Transport.h"

#include <QSslError>
#include <QSslSocket>

#include <memory>

namespace soar::imap {

class TlsVersionProbe;

// Transport over QSslSocket: plain, implicit TLS or STARTTLS, verifying certificates against
// the system CAs plus the configured extras or pin; any other TLS error fails with its text.
// A server that offers only TLS older than 1.2 is told apart: the error names its version
// (TlsVersionProbe) and the other port that may offer a newer one.
class SslTransport final : public Transport {
    Q_OBJECT
public:
    explicit SslTransport(TlsOptions options, QObject *parent = nullptr);
    ~SslTransport() override;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void disconnectFromHost() override;
    bool isEncrypted() const override { return m_socket.isEncrypted(); }

    static QByteArray sha256Hex(const QSslCertificate &certificate);

private:
    bool configureTls(const QString &host);
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void fail(const common::Error &error);
    // The handshake failed because the server's TLS is too old: learn its version, then fail.
    void failForOldTls(const QString &reason);
    common::Error oldTlsError(const QString &version, const QString &reason) const;

    TlsOptions m_options;
    QSslSocket m_socket;
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    bool m_failed = false;
    common::Error m_tlsError; // kept from sslErrors() for the socket error that follows
    std::unique_ptr<TlsVersionProbe> m_probe;
};

} // namespace soar::imap
