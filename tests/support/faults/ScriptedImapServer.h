#pragma once

#include <QByteArray>
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
// them, so a 100 MB response line never sits in this process's memory.
class ScriptedImapServer : public QObject {
    Q_OBJECT
public:
    explicit ScriptedImapServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    void on(const QByteArray &verb, const QByteArray &reply, qint64 fillBytes = 0, char fill = 'x');
    // Back to the sane defaults (for "reconnect after the protocol error").
    void reset();

    int connections() const { return m_connections; }
    const QByteArray &received() const { return m_received; }
    qint64 streamed() const { return m_streamed; }

signals:
    void clientClosed();

private:
    struct Reply {
        QByteArray text;
        qint64 fillBytes = 0;
        char fill = 'x';
    };
    void onConnection();
    void onCommand(QTcpSocket *socket, const QByteArray &line);
    void answer(QTcpSocket *socket, const QByteArray &verb, const QByteArray &tag);
    void pumpStream(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_greeting;
    QMap<QByteArray, Reply> m_replies;
    int m_connections = 0;
    QByteArray m_received;
    QByteArray m_pending; // bytes of the current command line
    QByteArray m_idleTag; // the running IDLE's, for the answer to DONE
    qint64 m_streamLeft = 0;
    char m_streamFill = 'x';
    qint64 m_streamed = 0;
};

} // namespace soar::test
