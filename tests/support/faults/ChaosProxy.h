#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace soar::test {

// A loopback TCP proxy (127.0.0.1, port 0) in front of a real server that relays bytes
// unchanged (TLS passes through untouched) unless a fault is armed:
//   dropAfter / dropWhen       close both sides after N bytes, or right after a pattern passed
//   stallAfter / stallWhen     stop relaying that direction until release() (or forever)
//   injectAt / injectWhen      insert bytes into the stream at an offset / after a pattern
//   setSplitWrites(true)       deliver every byte as its own write (1-byte TCP segments)
//   stripFromServer(text)      remove text from every server line (e.g. " STARTTLS"), plaintext only
// Offsets count the bytes of one connection in one direction. Each fault fires once, on the
// first connection that reaches it, so a reconnecting client gets through afterwards. Faults are
// driven by the bytes themselves, never by time, so a scenario replays identically.
class ChaosProxy : public QObject {
    Q_OBJECT
public:
    enum class Direction { ServerToClient, ClientToServer };
    Q_ENUM(Direction)
    enum class Action { Drop, Stall, Inject };

    ChaosProxy(QString targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~ChaosProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // `after` counts extra bytes relayed past the end of the pattern before acting (mid-literal).
    void dropAfter(Direction direction, qint64 bytes);
    void dropWhen(Direction direction, const QByteArray &pattern, qint64 after = 0);
    void stallAfter(Direction direction, qint64 bytes);
    void stallWhen(Direction direction, const QByteArray &pattern, qint64 after = 0);
    void injectAt(Direction direction, qint64 offset, const QByteArray &bytes);
    void injectWhen(Direction direction, const QByteArray &pattern, const QByteArray &bytes);
    void setSplitWrites(bool on) { m_splitWrites = on; }
    void stripFromServer(const QByteArray &text) { m_strip = text; }
    void clearFaults();
    // Relays what stalled connections held back and lets them flow again.
    void release();
    // Closes every open connection at once (a network outage).
    void dropAll();

    int connectionCount() const { return m_connectionCount; }
    int faultsFired() const { return m_faultsFired; }
    int pendingFaults() const { return int(m_faults.size()); }
    // Every byte relayed in a direction over all connections, for "was X ever sent in clear".
    const QByteArray &transcript(Direction direction) const;
    qint64 totalRelayed(Direction direction) const;

signals:
    void connectionOpened(int index);
    void connectionClosed(int index);
    // Emitted after each relayed chunk with the running total over all connections.
    void relayed(soar::test::ChaosProxy::Direction direction, qint64 total);
    void faultFired(const QString &description);

private:
    struct Fault {
        Direction direction = Direction::ServerToClient;
        Action action = Action::Drop;
        qint64 offset = -1; // act once this many bytes went through; -1 while waiting for the pattern
        QByteArray pattern;
        qint64 after = 0;
        QByteArray bytes; // Inject
        int connection = -1; // bound to a connection once its pattern matched there
        QString describe() const;
    };
    class Link;
    friend class Link;

    void onNewConnection();
    void addFault(Fault fault);
    void relay(Link *link, Direction direction, QByteArray chunk);
    void send(Link *link, Direction direction, const QByteArray &bytes);
    void record(Direction direction, const QByteArray &bytes);
    void resolvePatterns(Link *link, Direction direction, const QByteArray &chunk);
    // The first pending fault for this link and direction whose offset falls in [from, to].
    int nextFault(Link *link, Direction direction, qint64 from, qint64 to) const;
    void closeLink(Link *link);

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort;
    QList<Fault> m_faults;
    std::vector<std::unique_ptr<Link>> m_links;
    bool m_splitWrites = false;
    QByteArray m_strip;
    int m_connectionCount = 0;
    int m_faultsFired = 0;
    QByteArray m_transcript[2];
    qint64 m_total[2] = {0, 0};
};

} // namespace soar::test
