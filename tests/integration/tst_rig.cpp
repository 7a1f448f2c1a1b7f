// Proves the test rig is real: TLS to the private Dovecot verifies against the rig's CA (and
// only that CA), the greeting is Dovecot's, and seeding through APPEND works.
#include "ImapTestClient.h"
#include "RigEnvironment.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;

class TestRig : public QObject {
    Q_OBJECT
private:
    static QByteArray readGreeting(QSslSocket &socket)
    {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(10000))
                return {};
        }
        return socket.readLine();
    }

private slots:
    void implicitTlsVerifiesAgainstRigCa()
    {
        SOAR_REQUIRE_RIG();
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(RigEnvironment::caCertificates());
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(RigEnvironment::host(), RigEnvironment::imapsPort(), QStringLiteral("localhost"));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QVERIFY(socket.sslHandshakeErrors().isEmpty());
        QCOMPARE(socket.peerCertificate().subjectInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("localhost")});
        const QByteArray sha256 = socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        QCOMPARE(sha256, RigEnvironment::serverSha256Hex());
        const QByteArray greeting = readGreeting(socket);
        QVERIFY2(greeting.startsWith("* OK"), greeting.constData());
        QVERIFY2(greeting.contains("Dovecot"), greeting.constData());
    }

    void wrongCaFailsVerification()
    {
        SOAR_REQUIRE_RIG();
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(RigEnvironment::wrongCaCertificates());
        socket.setSslConfiguration(config);
        QSignalSpy errors(&socket, &QSslSocket::sslErrors);
        socket.connectToHostEncrypted(RigEnvironment::host(), RigEnvironment::imapsPort(), QStringLiteral("localhost"));
        QVERIFY(!socket.waitForEncrypted(10000));
        QCOMPARE(errors.count(), 1);
        const auto list = errors.first().first().value<QList<QSslError>>();
        QVERIFY(!list.isEmpty());
        const bool untrusted = std::any_of(list.begin(), list.end(), [](const QSslError &e) {
            return e.error() == QSslError::UnableToGetLocalIssuerCertificate
                || e.error() == QSslError::SelfSignedCertificateInChain || e.error() == QSslError::CertificateUntrusted
                || e.error() == QSslError::UnableToVerifyFirstCertificate;
        });
        QVERIFY2(untrusted, qPrintable(list.first().errorString()));
    }

    void plainPortOffersStartTls()
    {
        SOAR_REQUIRE_RIG();
        QSslSocket socket;
        socket.connectToHost(RigEnvironment::host(), RigEnvironment::imapPort());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray greeting = readGreeting(socket);
        QVERIFY2(greeting.contains("STARTTLS"), greeting.constData());
    }

    void noStartTlsInstanceDoesNotOfferIt()
    {
        SOAR_REQUIRE_RIG();
        QSslSocket socket;
        socket.connectToHost(RigEnvironment::host(), RigEnvironment::noStartTlsPort());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray greeting = readGreeting(socket);
        QVERIFY2(greeting.startsWith("* OK"), greeting.constData());
        QVERIFY2(!greeting.contains("STARTTLS"), greeting.constData());
    }

    void appendSeedsMailThatSearchFinds()
    {
        SOAR_REQUIRE_RIG();
        ImapTestClient client(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY2(client.isLoggedIn(), qPrintable(client.lastError()));
        const QString folder = QStringLiteral("RigSelfTest");
        QVERIFY2(client.resetFolder(folder), qPrintable(client.lastError()));
        const QByteArray mail = "From: a@example.org\r\nTo: bob@example.test\r\nSubject: rig check\r\n"
                                "Message-ID: <rig-1@example.org>\r\n\r\nhello rig\r\n";
        QVERIFY2(client.append(folder, mail), qPrintable(client.lastError()));
        QVERIFY(client.append(folder, mail, {"\\Seen"}));
        QCOMPARE(client.search(folder, "ALL").size(), 2);
        QCOMPARE(client.search(folder, "UNSEEN").size(), 1);
        QCOMPARE(client.search(folder, "SUBJECT \"rig check\"").size(), 2);
        QVERIFY(client.resetFolder(folder));
        QCOMPARE(client.search(folder, "ALL").size(), 0);
    }

    void wrongPasswordIsRejected()
    {
        SOAR_REQUIRE_RIG();
        ImapTestClient client(RigEnvironment::kAlice, QStringLiteral("not-the-password"));
        QVERIFY(!client.isLoggedIn());
        QVERIFY2(client.lastError().contains(QLatin1String("AUTHENTICATIONFAILED")), qPrintable(client.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestRig)
#include "tst_rig.moc"
