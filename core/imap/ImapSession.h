#pragma once

#include "common/Error.h"
#include "imap/SessionOptions.h"
#include "imap/Timer.h"
#include "imap/parser/Argument.h"
#include "imap/parser/CommandEncoder.h"
#include "imap/parser/Response.h"
#include "imap/parser/ResponseParser.h"
#include "imap/transport/Transport.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace soar::imap {

class Task;

// One IMAP connection: owns the transport and the parser, runs queued tasks one at a time,
// tracks the connection state, announces new mail (EXISTS), and turns timeouts, BYE
// and lost connections into task errors. Tasks are not owned: keep them alive until finished.
class ImapSession : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, NotAuthenticated, Authenticated, Selected, LoggingOut };
    Q_ENUM(State)

    ImapSession(SessionOptions options, TransportFactory transports, TimerFactory timers, QObject *parent = nullptr);
    ~ImapSession() override;

    // Runs after the tasks already queued. A task queued on a closed session (other than
    // ConnectTask) fails at once with a network error.
    void enqueue(Task *task);
    // Fails the running and queued tasks with Kind::Cancelled and closes the connection.
    void cancelAll();

    State state() const { return m_state; }
    const SessionOptions &options() const { return m_options; }
    const QByteArrayList &capabilities() const { return m_capabilities; }
    bool hasCapability(const QByteArray &capability) const;
    bool isEncrypted() const;

    // --- used by tasks ---
    // Encodes and sends a command; returns its tag. Synchronizing literals wait for "+".
    common::Result<QByteArray> sendCommand(const QByteArray &name, const QList<Argument> &args);
    // A raw continuation line (SASL response, DONE); logged as logForm.
    void sendLine(const QByteArray &line, const QByteArray &logForm);
    void openConnection();
    // Called on STARTTLS OK: everything already received is dropped, and so is anything that
    // arrives before the handshake completes (no plaintext injection into the TLS session).
    void beginTls();
    void closeConnection();
    void setState(State state);
    void setCapabilities(const QByteArrayList &capabilities);
    void setSelected();
    // Passwords and tokens may be sent: encrypted, or the user allowed plaintext with "none".
    common::Error checkCredentialsMaySend() const;

signals:
    void stateChanged(soar::imap::ImapSession::State state);
    // The server announced the selected mailbox's message count (new mail, or a count after
    // expunges). The fetch works by UID, so the count itself is not kept.
    void existsChanged(quint32 exists);
    void alert(const QString &text);
    // The connection ended without us asking (BYE, network, timeout).
    void connectionLost(const soar::common::Error &error);
    // Every protocol line, already redacted; direction 'C' (client) or 'S' (server).
    void protocolLine(char direction, const QByteArray &line);

private:
    void pump();
    void retireActive();
    bool wasIssued(const QByteArray &tag) const;
    void onBytes(const QByteArray &bytes);
    void dispatch(const Response &response);
    void track(const Response &response);
    void onTransportFailed(const common::Error &error);
    void onTimeout();
    void failAll(const common::Error &error);
    void restartTimer();
    void logLine(char direction, const QByteArray &line);

    SessionOptions m_options;
    TransportFactory m_transports;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Timer> m_timer;
    ResponseParser m_parser;
    CommandEncoder m_encoder;
    QList<QPointer<Task>> m_queue;
    QPointer<Task> m_active;
    State m_state = State::Disconnected;
    QByteArrayList m_capabilities;
    int m_nextTag = 0;
    bool m_discardUntilEncrypted = false;
    bool m_pumping = false;
    // Synchronizing-literal chunks still waiting for the server's "+".
    QList<QByteArray> m_pendingChunks;
    QByteArray m_pendingChunksTag;
};

} // namespace soar::imap
