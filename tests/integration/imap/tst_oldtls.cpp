// A server that offers only TLS 1.0 (the rig's second imap4d): the handshake fails, and the
// error says why in words (the server's TLS version is too old, which version it offered, that
// the other port may offer a newer one) with OpenSSL's reason once. The minimum stays TLS 1.2.
#include "RigEnvironment.h"
#include "imap/ImapSession.h"
#include "imap/QtTimer.h"
#include "imap/SessionOpener.h"
#include "imap/transport/SslTransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace soar::imap;
using soar::common::Error;
using soar::test::RigEnvironment;

Q_DECLARE_METATYPE(soar::imap::Security)

class TestOldTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void tooOldTlsSaysWhichVersionAndWhatToTry_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("hint");
        QTest::newRow("STARTTLS") << Security::StartTls << QStringLiteral("implicit TLS (Security: SSL/TLS");
        QTest::newRow("implicit TLS") << Security::ImplicitTls << QStringLiteral("STARTTLS on the server's other port");
    }

    void tooOldTlsSaysWhichVersionAndWhatToTry()
    {
        QFETCH(Security, security);
        QFETCH(QString, hint);
        SessionOptions o;
        o.host = RigEnvironment::host();
        o.security = security;
        o.port = security == Security::ImplicitTls ? RigEnvironment::oldTlsImapsPort() : RigEnvironment::oldTlsImapPort();
        o.tls.extraCaFile = RigEnvironment::caFile();
        o.tls.peerVerifyName = QStringLiteral("localhost");
        const TlsOptions tls = o.tls;
        ImapSession session(
            o, [tls]() { return std::make_unique<SslTransport>(tls); }, QtTimer::factory());
        SessionOpener opener(
            session, {Credentials::Method::Automatic, QStringLiteral("alice@rig.test"), RigEnvironment::kAlicePassword, {}});
        QSignalSpy finished(&opener, &SessionOpener::finished);
        opener.start();
        QVERIFY(finished.wait(20000));
        const Error error = finished.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Tls);
        QVERIFY2(error.message.contains(QLatin1String("the server's TLS version is too old")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("It offers only TLS 1.0, older than TLS 1.2")), qPrintable(error.message));
        QVERIFY2(error.message.contains(hint), qPrintable(error.message));
        // OpenSSL's reason is kept, once, as the detail; the message is for people.
        QVERIFY2(!error.detail.isEmpty() && !error.message.contains(error.detail), qPrintable(error.toString()));
        QCOMPARE(error.toString().count(error.detail), 1);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOldTls)
#include "tst_oldtls.moc"
