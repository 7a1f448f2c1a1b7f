#pragma once

#include "settings/ResourceSettings.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace soar::test {

// A plaintext IMAP server on 127.0.0.1 (port 0) that plays a hostile or broken server over a real
// socket. It answers each command by its verb ("LOGIN", "SELECT", "UID FETCH"...) with a canned
// reply in which "{tag}" stands for the command's tag; by default it is a small sane server with
// one folder holding reply("UID FETCH"). IDLE is answered "+ idling" and nothing else until
// the client's DONE, like a server that never reports new mail while idling. A reply can end
// in a stream: `fillBytes` more bytes of `fill`, written only as fast as the client reads
// them, so a 100 MB response line never sits in this process's memory. A reply ending in
// "{close}" is written and then the server closes the connection, like Exchange after its BYE.
// It counts the connections open at the same time (maxOpen()), per-mailbox limits being what
// Exchange Online (20) and Gmail (15) enforce.
class ScriptedImapServer : public QObject {
    Q_OBJECT
public:
    explicit ScriptedImapServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // A resource fetching INBOX as `username` from the server on `port`: plain IMAP on loopback,
    // where a password in clear protects nothing.
    static settings::ResourceSettings loopbackResource(
        quint16 port, const QString &name, const QString &username = QStringLiteral("alice"));

    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    void on(const QByteArray &verb, const QByteArray &reply, qint64 fillBytes = 0, char fill = 'x');
    // Used once, before the standing reply of on(): "the first IDLE ends in BYE, the next do not".
    void once(const QByteArray &verb, const QByteArray &reply);
    // Back to the sane defaults (for "reconnect after the protocol error").
    void reset();

    int connections() const { return m_connections; }
    int openConnections() const { return int(m_clients.size()); }
    int maxOpen() const { return m_maxOpen; }
    const QByteArray &received() const { return m_received; }
    qint64 streamed() const { return m_streamed; }

signals:
    void clientClosed();
    void commandReceived(const QByteArray &verb);

private:
    struct Reply {
        QByteArray text;
        qint64 fillBytes = 0;
        char fill = 'x';
    };
    void onConnection();
    struct Client {
        QByteArray pending; // bytes of the current command line
        QByteArray idleTag; // the running IDLE's, for the answer to DONE
    };
    void onCommand(QTcpSocket *socket, const QByteArray &line);
    void answer(QTcpSocket *socket, const QByteArray &verb, const QByteArray &tag);
    void write(QTcpSocket *socket, QByteArray text, const QByteArray &tag);
    void pumpStream(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_greeting;
    QMap<QByteArray, Reply> m_replies;
    QMap<QByteArray, QList<QByteArray>> m_onceReplies;
    QHash<QTcpSocket *, Client> m_clients;
    int m_connections = 0;
    int m_maxOpen = 0;
    QByteArray m_received;
    qint64 m_streamLeft = 0;
    char m_streamFill = 'x';
    qint64 m_streamed = 0;
};

} // namespace soar::test
