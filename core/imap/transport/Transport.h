#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace soar::imap {

// The byte pipe under an IMAP session: the session never touches a socket directly, so tests
// drive it through a fake and production uses SslTransport.
class Transport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // implicitTls: handshake right after TCP connect (port 993). connected() follows once the
    // connection can carry the greeting.
    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls) = 0;
    // Starts the TLS handshake on an open plain connection (after STARTTLS was accepted).
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual void disconnectFromHost() = 0;
    virtual bool isEncrypted() const = 0;

signals:
    void connected();
    void encrypted(); // startTls() finished
    void bytesReceived(const QByteArray &bytes);
    void disconnected();
    void failed(const soar::common::Error &error); // Network or Tls, once
};

using TransportFactory = std::function<std::unique_ptr<Transport>()>;

} // namespace soar::imap
