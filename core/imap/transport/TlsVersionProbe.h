#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace soar::imap {

// Asks a server which TLS version it speaks, after a handshake failed because it offers none
// we accept (older than TLS 1.2): one bare TLS ClientHello offering TLS 1.0 to 1.2 on a plain
// socket (after an IMAP STARTTLS when the connection uses it), read up to the ServerHello's
// version, then the connection is closed. No handshake is completed and nothing else is sent;
// the answer only makes the error message say which version the server offered. The client's
// own minimum is never lowered.
class TlsVersionProbe : public QObject {
    Q_OBJECT
public:
    explicit TlsVersionProbe(QObject *parent = nullptr);

    void start(const QString &host, quint16 port, bool startTls, int timeoutMs = 5000);

    // "TLS 1.0", "TLS 1.1", "SSL 3.0"... from a ServerHello's version bytes; empty when unknown.
    static QString versionName(quint8 major, quint8 minor);
    // The ClientHello sent: TLS 1.2 record, the ciphers and extensions old servers need.
    static QByteArray clientHello();

signals:
    // The version the server chose, e.g. "TLS 1.0"; empty when it could not be learnt.
    void finished(const QString &version);

private:
    enum class Step { Greeting, StartTls, ServerHello, Done };
    void onReadyRead();
    void sendHello();
    void finish(const QString &version);

    QTcpSocket m_socket;
    QTimer m_timeout;
    QByteArray m_buffer;
    Step m_step = Step::Greeting;
};

} // namespace soar::imap
