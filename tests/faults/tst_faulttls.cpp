// Fault-injection scenario 9 (docs/RELIABILITY.md): attacks on the way to TLS, end to end over real
// sockets. A chaos proxy strips STARTTLS from the capabilities or injects bytes after the STARTTLS
// OK; certificates that do not fit are refused; a scripted server greets with PREAUTH. Each is
// refused (or made harmless) with a message that says why, and the proxy proves that no byte of
// the password ever crossed the wire in clear. Unit-level versions over a fake transport live in
// tests/unit/imap/tst_imapsession (startTlsDiscardsInjectedBytes, preauthWithStartTlsIsRefused).
#include "ChaosProxy.h"
#include "CycleRunner.h"
#include "RigEnvironment.h"
#include "ScriptedImapServer.h"
#include "daemon/SessionFactory.h"
#include "imap/ImapSession.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace soar;
using soar::test::ChaosProxy;
using soar::test::CycleRunner;
using soar::test::RigEnvironment;
using soar::test::ScriptedImapServer;
using Direction = soar::test::ChaosProxy::Direction;

class TestFaultTls : public QObject {
    Q_OBJECT
private:
    // The password in every form a client could send it: LOGIN, AUTHENTICATE PLAIN (base64).
    static void verifyNoCredentialInClear(const QByteArray &clientBytes)
    {
        const QByteArray password = RigEnvironment::kAlicePassword.toUtf8();
        QVERIFY(!clientBytes.contains(password));
        QVERIFY(!clientBytes.contains(QByteArray("\0alice\0", 7) + password));
        QVERIFY(!clientBytes.contains((QByteArray("\0alice\0", 7) + password).toBase64()));
        QVERIFY(!clientBytes.contains(password.toBase64()));
    }

    static imap::SessionOptions optionsFor(quint16 port, imap::Security security)
    {
        imap::SessionOptions options;
        options.host = RigEnvironment::host();
        options.port = port;
        options.security = security;
        options.tls.extraCaFile = RigEnvironment::caFile();
        options.connectTimeoutMs = 10000;
        return options;
    }

    std::unique_ptr<imap::ImapSession> m_session;

    common::Error open(const imap::SessionOptions &options)
    {
        m_session = daemon::SessionFactory::create(options);
        return CycleRunner::open(*m_session, RigEnvironment::kAlice, RigEnvironment::kAlicePassword, QStringLiteral("INBOX"));
    }

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }
    void cleanup() { m_session.reset(); }

    void strippedStartTlsIsRefusedBeforeThePassword()
    {
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapPort());
        QVERIFY(proxy.listen());
        proxy.stripFromServer(" STARTTLS");
        const common::Error error = open(optionsFor(proxy.port(), imap::Security::StartTls));
        QCOMPARE(error.kind, common::Error::Kind::Tls);
        QVERIFY2(error.message.contains(QLatin1String("does not offer STARTTLS")), qPrintable(error.message));
        QVERIFY(!proxy.transcript(Direction::ServerToClient).contains("STARTTLS"));
        QVERIFY(!proxy.transcript(Direction::ClientToServer).contains("LOGIN"));
        verifyNoCredentialInClear(proxy.transcript(Direction::ClientToServer));
    }

    // Bytes after "OK Begin TLS" but before the handshake (a man in the middle's fake
    // capabilities) are dropped: the session goes on over TLS with the server's real ones.
    void injectionAfterStartTlsOkIsDropped()
    {
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapPort());
        QVERIFY(proxy.listen());
        proxy.injectWhen(Direction::ServerToClient, "Begin TLS negotiation now.\r\n",
            "* CAPABILITY IMAP4rev1 AUTH=X-INJECTED LOGINDISABLED\r\n");
        const common::Error error = open(optionsFor(proxy.port(), imap::Security::StartTls));
        const imap::ImapSession *session = m_session.get();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(proxy.faultsFired(), 1);
        QVERIFY(session->isEncrypted());
        QVERIFY(!session->hasCapability("AUTH=X-INJECTED"));
        QVERIFY(!session->hasCapability("LOGINDISABLED"));
        verifyNoCredentialInClear(proxy.transcript(Direction::ClientToServer));
    }

    void certificateProblemsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("verifyName");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hostname mismatch") << RigEnvironment::caFile() << QStringLiteral("imap.example.org") << QByteArray()
                                           << QStringLiteral("host name");
        QTest::newRow("unknown CA") << QString() << QString() << QByteArray() << QStringLiteral("not accepted");
        QTest::newRow("other CA") << RigEnvironment::wrongCaFile() << QString() << QByteArray() << QStringLiteral("not accepted");
        QTest::newRow("changed pinned fingerprint")
            << QString() << QString() << QByteArray(64, 'a') << QStringLiteral("does not match the trusted SHA-256 fingerprint");
    }

    void certificateProblemsAreRefusedWithTheReason()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, verifyName);
        QFETCH(QByteArray, pin);
        QFETCH(QString, expected);
        ChaosProxy proxy(RigEnvironment::host(), RigEnvironment::imapsPort());
        QVERIFY(proxy.listen());
        imap::SessionOptions options = optionsFor(proxy.port(), imap::Security::ImplicitTls);
        options.tls.extraCaFile = caFile;
        options.tls.peerVerifyName = verifyName;
        options.tls.pinnedSha256 = pin;
        const common::Error error = open(options);
        QCOMPARE(error.kind, common::Error::Kind::Tls);
        QVERIFY2(error.message.contains(expected, Qt::CaseInsensitive), qPrintable(error.message));
        // The analyst is told which certificate to trust if it is the right one after all.
        QVERIFY2(error.message.contains(QString::fromLatin1(RigEnvironment::serverSha256Hex())), qPrintable(error.message));
        verifyNoCredentialInClear(proxy.transcript(Direction::ClientToServer));
    }

    // A server presenting a certificate from the right CA for the right name, but expired:
    // refused, and the message says so.
    void expiredCertificateIsRefused()
    {
        QFile certificateFile(RigEnvironment::expiredCertificateFile());
        QFile keyFile(RigEnvironment::serverKeyFile());
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(certificate.expiryDate() < QDateTime::currentDateTimeUtc());
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QByteArray received; // whatever reached the server decrypted: must stay empty
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, &received] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] { received += socket->readAll(); });
            auto *tls = qobject_cast<QSslSocket *>(socket);
            connect(tls, &QSslSocket::encrypted, tls, [tls] { tls->write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n"); });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        const common::Error error = open(optionsFor(server.serverPort(), imap::Security::ImplicitTls));
        QCOMPARE(error.kind, common::Error::Kind::Tls);
        QVERIFY2(error.message.contains(QLatin1String("expired"), Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(received.isEmpty());
    }

    // A PREAUTH greeting on a plaintext port makes STARTTLS impossible: refused, nothing sent.
    void preauthOnPlaintextPortIsRefused()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        server.setGreeting("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in already\r\n");
        const common::Error error = open(optionsFor(server.port(), imap::Security::StartTls));
        QCOMPARE(error.kind, common::Error::Kind::Tls);
        QVERIFY2(error.message.contains(QLatin1String("PREAUTH")), qPrintable(error.message));
        QVERIFY(server.received().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultTls)
#include "tst_faulttls.moc"
