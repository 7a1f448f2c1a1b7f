// soar-imapd sign-in as a person at a terminal (or over SSH) runs it: Microsoft's device code
// flow (RFC 8628: authorization_pending, slow_down, expired_token, access_denied; the poll
// interval comes from the server) and Google's loopback flow (RFC 8252) with the test playing
// the browser. The refresh token lands in the rig's real Secret Service, where the desktop
// app's sign-in puts it; without a keychain nothing is written.
#include "OAuthTestServer.h"
#include "RigEnvironment.h"
#include "TestBrowser.h"

#include "oauth/GrantStore.h"
#include "settings/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using soar::common::Result;
using soar::oauth::GrantStore;
using soar::oauth::OAuthGrant;
using soar::settings::KeychainSecretStore;
using soar::test::OAuthTestServer;
using soar::test::RigEnvironment;
using soar::test::TestBrowser;

namespace {

const QString kClient = QStringLiteral("soar-imap-cli");
const QString kAccount = QStringLiteral("analyst@contoso.example");
constexpr int kWaitMs = 60000;

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    OAuthTestServer m_server;

    // A fresh resource name per test: the rig's keychain is shared with parallel tests.
    static QString uniqueName(const char *prefix)
    {
        return QString::fromLatin1(prefix) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    QString writeSettings(const QString &name, const QJsonObject &oauth)
    {
        const QJsonObject imap {{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), 993},
            {QStringLiteral("security"), QStringLiteral("tls")}, {QStringLiteral("username"), kAccount},
            {QStringLiteral("auth"), QStringLiteral("oauth2")}, {QStringLiteral("oauth"), oauth}};
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"),
                                     QJsonArray {QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("imap"), imap}}}}})
                       .toJson());
        return path;
    }

    QString microsoftResource(const QString &name)
    {
        return writeSettings(name,
            {{QStringLiteral("provider"), QStringLiteral("microsoft")},
                {QStringLiteral("tenant"), QStringLiteral("contoso.example")}, {QStringLiteral("clientId"), kClient}});
    }

    // soar-imapd on the event loop, so that the test's authorization server answers meanwhile.
    std::unique_ptr<QProcess> start(
        const QString &config, const QProcessEnvironment &extra = {}, const QStringList &arguments = {})
    {
        auto p = std::make_unique<QProcess>();
        auto env = QProcessEnvironment::systemEnvironment();
        // Microsoft's sign-in host, as for a national cloud: here the test's server.
        env.insert(QStringLiteral("SOAR_IMAP_MICROSOFT_AUTHORITY"), m_server.url(QString()).toString());
        env.insert(extra);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            QStringList {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("sign-in")}
                + arguments);
        return p;
    }

    static bool waitForExit(QProcess &p)
    {
        return QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, kWaitMs);
    }

    static std::optional<Result<OAuthGrant>> storedGrant(const QString &resource)
    {
        KeychainSecretStore keychain;
        std::optional<Result<OAuthGrant>> grant;
        GrantStore(&keychain, resource).read([&](const Result<OAuthGrant> &read) { grant = read; });
        if (!QTest::qWaitFor([&] { return grant.has_value(); }, 10000))
            return std::nullopt;
        return grant;
    }

    void checkSignedIn(QProcess &p, const QString &resource)
    {
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("Signed in as " + kAccount.toUtf8()), out.constData());
        const auto grant = storedGrant(resource);
        QVERIFY(grant.has_value());
        QVERIFY2(grant->ok(), qPrintable(grant->error().toString()));
        QCOMPARE(grant->value().account, kAccount);
        QCOMPARE(grant->value().refreshToken, m_server.lastRefreshToken());
        // The token is in the keychain only: never on stdout, never in a file of the data folder.
        QVERIFY(!out.contains(m_server.lastRefreshToken().toUtf8()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(RigEnvironment::keyringAvailable(), qPrintable(RigEnvironment::missingReason()));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.setClient(kClient);
        m_server.setAccount(kAccount);
        m_server.setDeviceInterval(1);
    }

    void deviceCodeIsShownThenPendingUntilGranted()
    {
        const QString name = uniqueName("device");
        m_server.setDeviceAnswers(
            {QStringLiteral("authorization_pending"), QStringLiteral("authorization_pending"), QStringLiteral("grant")});
        auto p = start(microsoftResource(name));
        QVERIFY(waitForExit(*p));
        // What the person sees first: where to go and what to type.
        const QByteArray out = p->peek(4096);
        QVERIFY2(out.contains(m_server.verificationUrl().toEncoded()), out.constData());
        QVERIFY(out.contains(OAuthTestServer::userCode().toUtf8()));
        checkSignedIn(*p, name);
        QCOMPARE(m_server.lastTenant(), QStringLiteral("contoso.example"));
        QCOMPARE(m_server.devicePolls().size(), 3);
        // Every poll waits the server's interval (1 s).
        for (int i = 1; i < m_server.devicePolls().size(); ++i)
            QVERIFY2(m_server.devicePolls().at(i) - m_server.devicePolls().at(i - 1) >= 1000,
                qPrintable(QString::number(m_server.devicePolls().at(i) - m_server.devicePolls().at(i - 1))));
    }

    void slowDownAddsFiveSecondsToTheInterval()
    {
        const QString name = uniqueName("slow");
        m_server.setDeviceAnswers({QStringLiteral("slow_down"), QStringLiteral("grant")});
        auto p = start(microsoftResource(name));
        QVERIFY(waitForExit(*p));
        checkSignedIn(*p, name);
        QCOMPARE(m_server.devicePolls().size(), 2);
        const qint64 gap = m_server.devicePolls().at(1) - m_server.devicePolls().at(0);
        QVERIFY2(gap >= 6000, qPrintable(QString::number(gap))); // 1 s + 5 s (RFC 8628 section 3.5)
    }

    void expiredOrDeclinedEndsWithoutASignIn_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("message");
        QTest::newRow("expired_token") << "expired_token"
                                       << "The code expired before the sign-in was completed";
        QTest::newRow("access_denied") << "access_denied"
                                       << "The sign-in was declined at the verification page";
    }

    void expiredOrDeclinedEndsWithoutASignIn()
    {
        QFETCH(QString, answer);
        QFETCH(QString, message);
        const QString name = uniqueName("refused");
        m_server.setDeviceAnswers({QStringLiteral("authorization_pending"), answer});
        auto p = start(microsoftResource(name));
        QVERIFY(waitForExit(*p));
        const QByteArray err = p->readAllStandardError();
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QCOMPARE(m_server.devicePolls().size(), 2); // no polling after the final answer
        const auto grant = storedGrant(name);
        QVERIFY(grant.has_value());
        QVERIFY(!grant->ok());
    }

    void googleLoopbackSignInThroughThePrintedAddress()
    {
        const QString name = uniqueName("google");
        auto p = start(writeSettings(name,
            {{QStringLiteral("provider"), QStringLiteral("google")}, {QStringLiteral("clientId"), kClient},
                {QStringLiteral("authUrl"), m_server.authorizeUrl().toString()},
                {QStringLiteral("tokenUrl"), m_server.tokenUrl().toString()}}));
        // The person copies the printed address into a browser (here: the test's).
        QByteArray out;
        QRegularExpressionMatch address;
        const QRegularExpression pattern(
            QStringLiteral("^  (http://127\\.0\\.0\\.1:\\d+/authorize\\?\\S+)$"), QRegularExpression::MultilineOption);
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += p->readAllStandardOutput();
                address = pattern.match(QString::fromUtf8(out));
                return address.hasMatch() || p->state() == QProcess::NotRunning;
            },
            kWaitMs));
        QVERIFY2(address.hasMatch(), out.constData() + p->readAllStandardError());
        const QUrlQuery query(QUrl(address.captured(1)));
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), kAccount);
        QCOMPARE(query.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        // How to reach that port through SSH is said with the port itself.
        const QString forward = QStringLiteral("ssh -N -L %1:127.0.0.1:%1").arg(redirect.port());
        QVERIFY2(out.contains(forward.toUtf8()), out.constData());

        TestBrowser browser;
        QSignalSpy loaded(&browser, &TestBrowser::loaded);
        browser.visit(QUrl(address.captured(1)));
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(loaded.first().first().toInt(), 200);
        QVERIFY(waitForExit(*p));
        const QByteArray rest = p->readAllStandardOutput();
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QVERIFY2(rest.contains("Signed in as " + kAccount.toUtf8()), rest.constData());
        const auto grant = storedGrant(name);
        QVERIFY(grant.has_value() && grant->ok());
        QCOMPARE(grant->value().refreshToken, m_server.lastRefreshToken());
    }

    void withoutAKeychainNothingIsWrittenAndUnattendedAccessIsSuggested()
    {
        const QString name = uniqueName("nokeychain");
        m_server.setDeviceAnswers({QStringLiteral("grant")});
        QProcessEnvironment noKeychain;
        noKeychain.insert(
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        auto p = start(microsoftResource(name), noKeychain);
        QVERIFY(waitForExit(*p));
        const QByteArray err = p->readAllStandardError();
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(err.contains("there is no keychain to keep the sign-in"), err.constData());
        QVERIFY(err.contains("clientCredentials"));
        QVERIFY(err.contains("serviceAccount"));
        // Not on stdout, not in the data folder, not in the settings file.
        QVERIFY(!p->readAllStandardOutput().contains(m_server.lastRefreshToken().toUtf8()));
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_server.lastRefreshToken().toUtf8()), qPrintable(file.fileName()));
        }
    }

    void unattendedResourcesNeedNoSignIn()
    {
        const QString name = uniqueName("apponly");
        auto p = start(
            writeSettings(name,
                {{QStringLiteral("provider"), QStringLiteral("microsoft")},
                    {QStringLiteral("flow"), QStringLiteral("clientCredentials")},
                    {QStringLiteral("tenant"), QStringLiteral("contoso.example")}, {QStringLiteral("clientId"), kClient}}),
            {}, {QStringLiteral("--resource"), name});
        QVERIFY(waitForExit(*p));
        QCOMPARE(p->exitCode(), 2);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(err.contains(name.toUtf8() + " signs in unattended"), err.constData());
        // Without --resource there is no interactive resource to pick, and that is said.
        auto q = start(m_dir.filePath(name + QStringLiteral(".json")));
        QVERIFY(waitForExit(*q));
        QCOMPARE(q->exitCode(), 2);
        QVERIFY(q->readAllStandardError().contains("signs in interactively with OAuth"));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
