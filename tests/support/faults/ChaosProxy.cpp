#include "ChaosProxy.h"

#include <QTcpSocket>

#include <algorithm>

namespace soar::test {

namespace {
int index(ChaosProxy::Direction direction)
{
    return direction == ChaosProxy::Direction::ServerToClient ? 0 : 1;
}
} // namespace

// One proxied connection: the client's socket, ours to the server, and per direction the bytes
// relayed so far, the tail kept for patterns split across reads, and what a stall holds back.
class ChaosProxy::Link {
public:
    int number = 0;
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> server;
    bool serverConnected = false;
    bool closed = false;
    QByteArray waitingForServer; // client bytes sent before our connection to the server was up
    qint64 offset[2] = {0, 0};
    QByteArray tail[2];
    bool stalled[2] = {false, false};
    QByteArray held[2];
    QByteArray splitQueue[2]; // split mode: bytes not yet written one by one
    QByteArray partialLine; // strip mode: a server line not complete yet

    QTcpSocket *destination(Direction direction) const { return direction == Direction::ServerToClient ? client : server; }
};

QString ChaosProxy::Fault::describe() const
{
    static const char *actions[] = {"drop", "stall", "inject"};
    const QString where = pattern.isEmpty() ? QStringLiteral("at byte %1").arg(offset)
                                            : QStringLiteral("after \"%1\" +%2").arg(QString::fromLatin1(pattern)).arg(after);
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1String(actions[int(action)]),
            direction == Direction::ServerToClient ? QStringLiteral("server->client") : QStringLiteral("client->server"), where);
}

ChaosProxy::ChaosProxy(QString targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetHost(std::move(targetHost)), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::onNewConnection);
}

ChaosProxy::~ChaosProxy()
{
    for (auto &link : m_links) {
        if (link->client)
            link->client->disconnect(this);
        if (link->server)
            link->server->disconnect(this);
    }
}

bool ChaosProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ChaosProxy::dropAfter(Direction direction, qint64 bytes)
{
    addFault({direction, Action::Drop, bytes, {}, 0, {}, -1});
}

void ChaosProxy::dropWhen(Direction direction, const QByteArray &pattern, qint64 after)
{
    addFault({direction, Action::Drop, -1, pattern, after, {}, -1});
}

void ChaosProxy::stallAfter(Direction direction, qint64 bytes)
{
    addFault({direction, Action::Stall, bytes, {}, 0, {}, -1});
}

void ChaosProxy::stallWhen(Direction direction, const QByteArray &pattern, qint64 after)
{
    addFault({direction, Action::Stall, -1, pattern, after, {}, -1});
}

void ChaosProxy::injectAt(Direction direction, qint64 offset, const QByteArray &bytes)
{
    addFault({direction, Action::Inject, offset, {}, 0, bytes, -1});
}

void ChaosProxy::injectWhen(Direction direction, const QByteArray &pattern, const QByteArray &bytes)
{
    addFault({direction, Action::Inject, -1, pattern, 0, bytes, -1});
}

void ChaosProxy::addFault(Fault fault)
{
    m_faults.append(std::move(fault));
}

void ChaosProxy::clearFaults()
{
    m_faults.clear();
}

const QByteArray &ChaosProxy::transcript(Direction direction) const
{
    return m_transcript[index(direction)];
}

qint64 ChaosProxy::totalRelayed(Direction direction) const
{
    return m_total[index(direction)];
}

void ChaosProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto link = std::make_unique<Link>();
        Link *l = link.get();
        l->number = m_connectionCount++;
        l->client = client;
        l->server = new QTcpSocket(this);
        client->setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        l->server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_links.push_back(std::move(link));

        connect(l->server, &QTcpSocket::connected, this, [this, l]() {
            l->serverConnected = true;
            if (!l->waitingForServer.isEmpty())
                relay(l, Direction::ClientToServer, std::exchange(l->waitingForServer, {}));
        });
        connect(client, &QTcpSocket::readyRead, this, [this, l]() {
            if (!l->client)
                return;
            const QByteArray bytes = l->client->readAll();
            if (!l->serverConnected)
                l->waitingForServer += bytes;
            else
                relay(l, Direction::ClientToServer, bytes);
        });
        connect(l->server, &QTcpSocket::readyRead, this, [this, l]() {
            if (l->server)
                relay(l, Direction::ServerToClient, l->server->readAll());
        });
        for (QTcpSocket *socket : {client, l->server.data()}) {
            connect(socket, &QTcpSocket::disconnected, this, [this, l]() { closeLink(l); });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, l]() { closeLink(l); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, l, socket]() {
                // Split mode: the next byte goes out only once the previous one left.
                const Direction direction = socket == l->client ? Direction::ServerToClient : Direction::ClientToServer;
                QByteArray &queue = l->splitQueue[index(direction)];
                if (!queue.isEmpty() && socket->bytesToWrite() == 0) {
                    socket->write(queue.left(1));
                    queue.remove(0, 1);
                }
            });
        }
        l->server->connectToHost(m_targetHost, m_targetPort);
        emit connectionOpened(l->number);
    }
}

void ChaosProxy::resolvePatterns(Link *link, Direction direction, const QByteArray &chunk)
{
    QByteArray &tail = link->tail[index(direction)];
    const QByteArray window = tail + chunk;
    const qint64 windowStart = link->offset[index(direction)] - tail.size();
    qsizetype longest = 1;
    for (Fault &fault : m_faults) {
        if (fault.direction != direction || fault.offset >= 0 || fault.pattern.isEmpty())
            continue;
        longest = std::max(longest, fault.pattern.size());
        const qsizetype at = window.indexOf(fault.pattern);
        if (at < 0)
            continue;
        fault.offset = windowStart + at + fault.pattern.size() + fault.after;
        fault.connection = link->number;
    }
    tail = window.right(longest - 1);
}

int ChaosProxy::nextFault(Link *link, Direction direction, qint64 from, qint64 to) const
{
    int best = -1;
    for (int i = 0; i < m_faults.size(); ++i) {
        const Fault &f = m_faults.at(i);
        if (f.direction != direction || f.offset < from || f.offset > to)
            continue;
        if (f.connection >= 0 && f.connection != link->number)
            continue;
        if (best < 0 || f.offset < m_faults.at(best).offset)
            best = i;
    }
    return best;
}

void ChaosProxy::relay(Link *link, Direction direction, QByteArray chunk)
{
    const int d = index(direction);
    if (link->closed || chunk.isEmpty())
        return;
    if (link->stalled[d]) {
        link->held[d] += chunk;
        return;
    }
    if (direction == Direction::ServerToClient && !m_strip.isEmpty()) {
        // Rewrite whole lines only, so the text is found even when split across reads.
        link->partialLine += chunk;
        const qsizetype end = link->partialLine.lastIndexOf('\n');
        if (end < 0)
            return;
        chunk = link->partialLine.left(end + 1);
        link->partialLine.remove(0, end + 1);
        chunk.replace(m_strip, QByteArray());
    }
    resolvePatterns(link, direction, chunk);
    qsizetype pos = 0;
    while (pos <= chunk.size()) {
        const qint64 start = link->offset[d];
        const int f = nextFault(link, direction, start, start + (chunk.size() - pos));
        if (f < 0)
            break;
        const Fault fault = m_faults.takeAt(f);
        const qsizetype upTo = qsizetype(fault.offset - start);
        send(link, direction, chunk.mid(pos, upTo));
        link->offset[d] += upTo;
        pos += upTo;
        ++m_faultsFired;
        emit faultFired(fault.describe());
        switch (fault.action) {
        case Action::Drop:
            closeLink(link);
            return;
        case Action::Stall:
            link->stalled[d] = true;
            link->held[d] = chunk.mid(pos);
            return;
        case Action::Inject:
            send(link, direction, fault.bytes);
            break;
        }
    }
    send(link, direction, chunk.mid(pos));
    link->offset[d] += chunk.size() - pos;
}

void ChaosProxy::send(Link *link, Direction direction, const QByteArray &bytes)
{
    QTcpSocket *destination = link->destination(direction);
    if (bytes.isEmpty() || !destination)
        return;
    const int d = index(direction);
    m_transcript[d] += bytes;
    m_total[d] += bytes.size();
    if (m_splitWrites) {
        link->splitQueue[d] += bytes;
        if (destination->bytesToWrite() == 0) {
            destination->write(link->splitQueue[d].left(1));
            link->splitQueue[d].remove(0, 1);
        }
    } else {
        destination->write(bytes);
    }
    emit relayed(direction, m_total[d]);
}

void ChaosProxy::release()
{
    for (auto &link : m_links) {
        for (Direction direction : {Direction::ServerToClient, Direction::ClientToServer}) {
            const int d = index(direction);
            if (!link->stalled[d])
                continue;
            link->stalled[d] = false;
            relay(link.get(), direction, std::exchange(link->held[d], {}));
        }
    }
}

void ChaosProxy::dropAll()
{
    for (auto &link : m_links)
        closeLink(link.get());
}

void ChaosProxy::closeLink(Link *link)
{
    if (link->closed)
        return;
    link->closed = true;
    // What was already relayed still reaches the other side; then both ends are closed.
    for (QTcpSocket *socket : {link->client.data(), link->server.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        else
            socket->abort();
        socket->deleteLater();
    }
    emit connectionClosed(link->number);
}

} // namespace soar::test
