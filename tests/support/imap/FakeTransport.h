#pragma once

#include "imap/transport/Transport.h"

#include <memory>

namespace soar::test {

// A transport driven by the test: it records what the client writes and delivers what the
// "server" sends. Connecting and TLS complete on the next event-loop turn unless told otherwise.
class FakeTransport final : public soar::imap::Transport {
    Q_OBJECT
public:
    explicit FakeTransport(QObject *parent = nullptr);

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override { *m_written += bytes; }
    void disconnectFromHost() override { m_closed = true; }
    bool isEncrypted() const override { return m_encrypted; }

    // --- the test's side ---
    void serverSends(const QByteArray &bytes) { emit bytesReceived(bytes); }
    void serverSendsByteByByte(const QByteArray &bytes);
    void completeTls();
    void dropConnection() { emit disconnected(); }
    void setAutoCompleteTls(bool on) { m_autoTls = on; }

    const QByteArray &written() const { return *m_written; }
    QByteArray takeWritten() { return std::exchange(*m_written, {}); }
    // What the client wrote, still readable after the session has deleted this transport.
    std::shared_ptr<const QByteArray> writtenTape() const { return m_written; }
    bool startTlsRequested() const { return m_startTlsRequested; }
    bool connectRequested() const { return m_connectRequested; }
    bool implicitTls() const { return m_implicitTls; }
    bool closed() const { return m_closed; }

private:
    std::shared_ptr<QByteArray> m_written = std::make_shared<QByteArray>();
    bool m_encrypted = false;
    bool m_implicitTls = false;
    bool m_startTlsRequested = false;
    bool m_connectRequested = false;
    bool m_closed = false;
    bool m_autoTls = false;
};

} // namespace soar::test
