#include "imap/transport/SslTransport.h"

#include "imap/transport/TlsVersionProbe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslConfiguration>
#include <QTimer>

namespace soar::imap {

namespace {
// Big enough that a pipelined FETCH is read in few, large chunks; every byte of it is resident
// while a run lasts (1 MiB bought no speed over 256 KiB on the 10,000-mail benchmark).
constexpr qint64 kReadBufferSize = 256 * 1024;

// OpenSSL's reasons when the server speaks no TLS version we accept (all older than 1.2).
bool isVersionMismatch(const QString &reason)
{
    return reason.contains(QLatin1String("unsupported protocol"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("alert protocol version"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("wrong ssl version"), Qt::CaseInsensitive);
}
} // namespace

using common::Error;

SslTransport::~SslTransport() = default;

SslTransport::SslTransport(TlsOptions options, QObject *parent) : Transport(parent), m_options(std::move(options))
{
    connect(&m_socket, &QSslSocket::connected, this, [this]() {
        if (!m_implicitTls)
            emit connected();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
        if (m_implicitTls)
            emit connected();
        else
            emit encrypted();
    });
    // Qt would otherwise read (and decrypt) all the server has sent into memory at once; 1 MiB
    // at a time leaves the rest to TCP's flow control while the daemon parses and stores.
    m_socket.setReadBufferSize(kReadBufferSize);
    connect(&m_socket, &QSslSocket::readyRead, this, [this]() { emit bytesReceived(m_socket.readAll()); });
    connect(&m_socket, &QSslSocket::disconnected, this, [this]() {
        if (!m_failed && !m_probe)
            emit disconnected();
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
}

QByteArray SslTransport::sha256Hex(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

bool SslTransport::configureTls(const QString &host)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaFile.isEmpty()) {
        QFile file(m_options.extraCaFile);
        const QList<QSslCertificate> extra
            = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll(), QSsl::Pem) : QList<QSslCertificate>();
        if (extra.isEmpty()) {
            fail(Error(Error::Kind::Config,
                QStringLiteral("The CA file \"%1\" could not be read or holds no PEM certificate; choose a valid CA file in the "
                               "connection settings.")
                    .arg(m_options.extraCaFile)));
            return false;
        }
        config.addCaCertificates(extra);
    }
    m_socket.setSslConfiguration(config);
    m_socket.setPeerVerifyName(m_options.peerVerifyName.isEmpty() ? host : m_options.peerVerifyName);
    return true;
}

void SslTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_port = port;
    m_implicitTls = implicitTls;
    m_failed = false;
    if (!configureTls(host))
        return;
    if (implicitTls)
        m_socket.connectToHostEncrypted(host, port, m_socket.peerVerifyName());
    else
        m_socket.connectToHost(host, port);
}

void SslTransport::startTls()
{
    m_socket.startClientEncryption();
}

void SslTransport::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void SslTransport::disconnectFromHost()
{
    m_failed = true; // a close we asked for is not an error
    m_socket.abort();
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate leaf = m_socket.peerCertificate();
    const QByteArray fingerprint = leaf.isNull() ? QByteArray() : sha256Hex(leaf);
    const QByteArray pin = TlsOptions::normalizeFingerprint(m_options.pinnedSha256);
    if (!pin.isEmpty() && fingerprint == pin) {
        // The user trusted exactly this certificate: accept these errors, and only these.
        m_socket.ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    QString message = QStringLiteral("The certificate of %1:%2 was not accepted: %3.")
                          .arg(m_host)
                          .arg(m_port)
                          .arg(texts.join(QStringLiteral("; ")));
    if (!pin.isEmpty())
        message += QStringLiteral(" It does not match the trusted SHA-256 fingerprint.");
    message
        += QStringLiteral(" If you trust this server, add its CA file or trust the certificate with SHA-256 fingerprint %1 in "
                          "the connection settings.")
               .arg(QString::fromLatin1(fingerprint));
    m_tlsError = Error(Error::Kind::Tls, message, texts.join(QStringLiteral("; ")));
}

void SslTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_probe)
        return; // already failing for an old TLS version

    if (m_tlsError.isError()) {
        fail(m_tlsError);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // reported through disconnected()
    const bool tls = error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
    if (tls && isVersionMismatch(m_socket.errorString())) {
        failForOldTls(m_socket.errorString());
        return;
    }
    fail(Error(tls ? Error::Kind::Tls : Error::Kind::Network,
        QStringLiteral("Connection to %1:%2 failed: %3").arg(m_host).arg(m_port).arg(m_socket.errorString()),
        m_socket.errorString()));
}

void SslTransport::failForOldTls(const QString &reason)
{
    if (m_failed || m_probe)
        return;
    m_probe = std::make_unique<TlsVersionProbe>(); // first: the abort's disconnect is not reported
    m_socket.abort();
    connect(m_probe.get(), &TlsVersionProbe::finished, this,
        [this, reason](const QString &version) { fail(oldTlsError(version, reason)); });
    m_probe->start(m_host, m_port, !m_implicitTls);
}

Error SslTransport::oldTlsError(const QString &version, const QString &reason) const
{
    const QString offered = version.isEmpty() ? QStringLiteral("only a TLS version older than TLS 1.2")
                                              : QStringLiteral("only %1, older than TLS 1.2").arg(version);
    // The two ports of one server are often set up apart: the other may be newer.
    const QString otherPort = m_implicitTls
        ? QStringLiteral("STARTTLS on the server's other port (usually 143) may offer a newer version")
        : QStringLiteral("implicit TLS (Security: SSL/TLS, usually port 993) may offer a newer version");
    return Error(Error::Kind::Tls,
        QStringLiteral("The TLS handshake with %1:%2 failed: the server's TLS version is too old. It offers %3, and "
                       "soar-imap accepts TLS 1.2 or newer (older versions have known weaknesses and are never "
                       "allowed). %4; otherwise ask the server's administrator to enable TLS 1.2 or 1.3.")
            .arg(m_host)
            .arg(m_port)
            .arg(offered, otherPort),
        reason);
}

void SslTransport::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_socket.abort();
    // Reported from the event loop so callers never see a signal from inside connectToHost().
    QTimer::singleShot(0, this, [this, error]() { emit failed(error); });
}

} // namespace soar::imap
