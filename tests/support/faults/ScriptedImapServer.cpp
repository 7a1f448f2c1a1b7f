#include "ScriptedImapServer.h"

#include <QTcpSocket>

#include <algorithm>
#include <utility>

namespace soar::test {

namespace {
constexpr qint64 kStreamChunk = 256 * 1024;
} // namespace

ScriptedImapServer::ScriptedImapServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedImapServer::onConnection);
    reset();
}

settings::ResourceSettings ScriptedImapServer::loopbackResource(quint16 port, const QString &name, const QString &username)
{
    settings::ResourceSettings r;
    r.name = name;
    r.imap.host = QStringLiteral("127.0.0.1");
    r.imap.port = port;
    r.imap.security = settings::ImapSecurity::None;
    r.imap.allowPlaintextPassword = true;
    r.imap.username = username;
    r.imap.folder = QStringLiteral("INBOX");
    return r;
}

bool ScriptedImapServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedImapServer::reset()
{
    m_greeting = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] scripted server ready\r\n";
    m_replies.clear();
    m_onceReplies.clear();
    on("CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n");
    on("LOGIN", "{tag} OK [CAPABILITY IMAP4rev1] logged in\r\n");
    on("AUTHENTICATE", "{tag} OK [CAPABILITY IMAP4rev1] logged in\r\n");
    on("SELECT",
        "* FLAGS (\\Seen \\Deleted)\r\n* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n"
        "{tag} OK [READ-WRITE] selected\r\n");
    on("UID SEARCH", "* SEARCH 1\r\n{tag} OK done\r\n");
    const QByteArray mail = "Message-ID: <sane@example.test>\r\nSubject: sane\r\n\r\nhello\r\n";
    on("UID FETCH",
        "* 1 FETCH (UID 1 FLAGS () BODY[] {" + QByteArray::number(mail.size()) + "}\r\n" + mail + ")\r\n{tag} OK done\r\n");
    on("UID STORE", "{tag} OK done\r\n");
    on("NOOP", "{tag} OK done\r\n");
    on("IDLE", "+ idling\r\n");
    on("DONE", "{tag} OK IDLE done\r\n"); // {tag}: the IDLE command's
    on("LOGOUT", "* BYE bye\r\n{tag} OK done\r\n");
}

void ScriptedImapServer::on(const QByteArray &verb, const QByteArray &reply, qint64 fillBytes, char fill)
{
    m_replies.insert(verb, {reply, fillBytes, fill});
}

void ScriptedImapServer::once(const QByteArray &verb, const QByteArray &reply)
{
    m_onceReplies[verb].append(reply);
}

void ScriptedImapServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        m_clients.insert(socket, {});
        m_maxOpen = std::max(m_maxOpen, int(m_clients.size()));
        m_streamLeft = 0;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
            const QByteArray bytes = socket->readAll();
            m_received += bytes;
            if (!m_clients.contains(socket))
                return;
            m_clients[socket].pending += bytes;
            qsizetype end;
            while (m_clients.contains(socket) && (end = m_clients[socket].pending.indexOf("\r\n")) >= 0) {
                QByteArray &pending = m_clients[socket].pending;
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 2);
                onCommand(socket, line);
            }
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket]() { pumpStream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_streamLeft = 0;
            m_clients.remove(socket);
            socket->deleteLater();
            emit clientClosed();
        });
        socket->write(m_greeting);
    }
}

void ScriptedImapServer::onCommand(QTcpSocket *socket, const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    if (line.compare("DONE", Qt::CaseInsensitive) == 0) {
        // The end of IDLE carries no tag: it is answered with the IDLE command's.
        if (m_clients[socket].idleTag.isEmpty())
            return;
        answer(socket, "DONE", std::exchange(m_clients[socket].idleTag, QByteArray()));
        return;
    }
    if (words.size() < 2)
        return;
    const QByteArray &tag = words.at(0);
    QByteArray verb = words.at(1).toUpper();
    if (verb == "IDLE")
        m_clients[socket].idleTag = tag;
    if (verb == "UID" && words.size() > 2)
        verb += ' ' + words.at(2).toUpper();
    emit commandReceived(verb);
    answer(socket, verb, tag);
}

void ScriptedImapServer::answer(QTcpSocket *socket, const QByteArray &verb, const QByteArray &tag)
{
    if (auto once = m_onceReplies.find(verb); once != m_onceReplies.end() && !once->isEmpty()) {
        write(socket, once->takeFirst(), tag);
        return;
    }
    const auto reply = m_replies.constFind(verb);
    if (reply == m_replies.cend()) {
        socket->write(tag + " BAD not scripted\r\n");
        return;
    }
    write(socket, reply->text, tag);
    if (reply->fillBytes > 0) {
        m_streamLeft = reply->fillBytes;
        m_streamFill = reply->fill;
        pumpStream(socket);
    }
}

void ScriptedImapServer::write(QTcpSocket *socket, QByteArray text, const QByteArray &tag)
{
    text.replace("{tag}", tag);
    const bool close = text.endsWith("{close}");
    if (close)
        text.chop(7);
    socket->write(text);
    if (close) {
        m_clients.remove(socket); // nothing it sends after this is answered
        socket->disconnectFromHost();
    }
}

void ScriptedImapServer::pumpStream(QTcpSocket *socket)
{
    // Only refill once the kernel took the previous chunk: the client's reading paces us.
    if (m_streamLeft <= 0 || socket->bytesToWrite() > kStreamChunk)
        return;
    const qint64 n = qMin(m_streamLeft, kStreamChunk);
    socket->write(QByteArray(qsizetype(n), m_streamFill));
    m_streamLeft -= n;
    m_streamed += n;
}

} // namespace soar::test
