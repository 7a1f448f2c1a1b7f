#pragma once

#include "imap/transport/TlsOptions.h"
#include "imap/transport/Transport.h"

#include <QSslError>
#include <QSslSocket>

namespace soar::imap {

// Transport over QSslSocket: plain, implicit TLS or STARTTLS, verifying certificates against
// the system CAs plus the configured extras or pin; any other TLS error fails with its text.
class SslTransport final : public Transport {
    Q_OBJECT
public:
    explicit SslTransport(TlsOptions options, QObject *parent = nullptr);

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

    TlsOptions m_options;
    QSslSocket m_socket;
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    bool m_failed = false;
    common::Error m_tlsError; // kept from sslErrors() for the socket error that follows
};

} // namespace soar::imap
