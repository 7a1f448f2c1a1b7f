#include "imap/transport/TlsVersionProbe.h"

#include <QRandomGenerator>

namespace soar::imap {

namespace {

void appendU16(QByteArray &out, int value)
{
    out.append(char((value >> 8) & 0xff));
    out.append(char(value & 0xff));
}

void appendU24(QByteArray &out, int value)
{
    out.append(char((value >> 16) & 0xff));
    appendU16(out, value);
}

QByteArray extension(int type, const QByteArray &body)
{
    QByteArray out;
    appendU16(out, type);
    appendU16(out, int(body.size()));
    return out + body;
}

// A list of 16-bit values behind its length in bytes.
QByteArray u16List(std::initializer_list<int> values)
{
    QByteArray list;
    for (const int v : values)
        appendU16(list, v);
    QByteArray out;
    appendU16(out, int(list.size()));
    return out + list;
}

} // namespace

TlsVersionProbe::TlsVersionProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(QString()); });
    connect(&m_socket, &QTcpSocket::readyRead, this, &TlsVersionProbe::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(QString()); });
}

void TlsVersionProbe::start(const QString &host, quint16 port, bool startTls, int timeoutMs)
{
    m_step = startTls ? Step::Greeting : Step::ServerHello;
    if (!startTls)
        connect(&m_socket, &QTcpSocket::connected, this, &TlsVersionProbe::sendHello);
    m_timeout.start(timeoutMs);
    m_socket.connectToHost(host, port);
}

void TlsVersionProbe::sendHello()
{
    m_step = Step::ServerHello;
    m_buffer.clear();
    m_socket.write(clientHello());
}

void TlsVersionProbe::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (m_step == Step::Greeting || m_step == Step::StartTls) {
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (m_step == Step::Greeting && line.startsWith("* ")) {
                m_step = Step::StartTls;
                m_socket.write("p1 STARTTLS\r\n");
            } else if (m_step == Step::StartTls && line.startsWith("p1 ")) {
                if (!line.mid(3).startsWith("OK")) {
                    finish(QString());
                    return;
                }
                sendHello();
                return;
            }
        }
        return;
    }
    if (m_step != Step::ServerHello)
        return;
    // Record: type 22 (handshake), version, length; handshake: type 2 (ServerHello), length,
    // then the negotiated version. An alert (21) or anything else: unknown.
    if (m_buffer.size() < 11)
        return;
    const auto byte = [this](int i) { return quint8(m_buffer.at(i)); };
    if (byte(0) != 22 || byte(5) != 2) {
        finish(QString());
        return;
    }
    finish(versionName(byte(9), byte(10)));
}

void TlsVersionProbe::finish(const QString &version)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_timeout.stop();
    m_socket.abort();
    emit finished(version);
}

QString TlsVersionProbe::versionName(quint8 major, quint8 minor)
{
    if (major == 3 && minor == 0)
        return QStringLiteral("SSL 3.0");
    if (major == 3 && minor >= 1 && minor <= 4)
        return QStringLiteral("TLS 1.%1").arg(minor - 1);
    return {};
}

QByteArray TlsVersionProbe::clientHello()
{
    QByteArray hello;
    hello.append(char(3)).append(char(3)); // client_version: TLS 1.2, so 1.0 and 1.1 servers answer too
    for (int i = 0; i < 8; ++i) {
        const quint32 word = QRandomGenerator::global()->generate();
        hello.append(reinterpret_cast<const char *>(&word), 4);
    }
    hello.append(char(0)); // no session id
    // ECDHE and RSA key exchange with CBC (all TLS 1.0 servers) and GCM (TLS 1.2) ciphers.
    hello += u16List({0xc02f, 0xc02b, 0xc013, 0xc009, 0xc014, 0xc00a, 0x009c, 0x002f, 0x0035, 0x000a});
    hello.append(char(1)).append(char(0)); // compression: null only
    QByteArray extensions;
    extensions += extension(0x000a, u16List({0x001d, 0x0017, 0x0018})); // groups: x25519, P-256, P-384
    extensions += extension(0x000b, QByteArray("\x01\x00", 2)); // EC point formats: uncompressed
    // Signature algorithms (TLS 1.2 servers need them): RSA and ECDSA with SHA-256/384/1.
    extensions += extension(0x000d, u16List({0x0401, 0x0501, 0x0403, 0x0503, 0x0201, 0x0203}));
    appendU16(hello, int(extensions.size()));
    hello += extensions;

    QByteArray handshake;
    handshake.append(char(1)); // ClientHello
    appendU24(handshake, int(hello.size()));
    handshake += hello;
    QByteArray record;
    record.append(char(22)).append(char(3)).append(char(1)); // handshake record, TLS 1.0 framing
    appendU16(record, int(handshake.size()));
    return record + handshake;
}

} // namespace soar::imap
