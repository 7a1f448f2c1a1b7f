// Google Workspace unattended: a service account with domain-wide delegation gets its IMAP token
// with the JWT bearer grant (RFC 7523; Google's "Using OAuth 2.0 for Server to Server
// Applications"). The test's token endpoint verifies the RS256 signature with the public half of
// a key pair made by openssl for this run; key files others can read are refused.
#include "FakeKeychain.h"
#include "OAuthTestServer.h"

#include "oauth/TokenProvider.h"
#include "settings/SecretResolver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace soar::oauth;
using soar::common::Error;
using soar::common::Result;
using soar::settings::OAuthFlow;
using soar::settings::OAuthProvider;
using soar::settings::ResourceSettings;
using soar::settings::SecretResolver;
using soar::test::FakeKeychain;
using soar::test::OAuthTestServer;

namespace {

const QString kServiceAccount = QStringLiteral("soar-imap@soc-project.iam.gserviceaccount.com");
const QString kMailbox = QStringLiteral("phishing@example.com");

} // namespace

class TestServiceAccount : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_privateKey;
    QByteArray m_publicKey;
    OAuthTestServer m_server;
    FakeKeychain m_keychain;
    SecretResolver m_secrets {&m_keychain};
    QNetworkAccessManager m_network;

    static QByteArray openssl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), arguments);
        p.write(input);
        p.closeWriteChannel();
        return p.waitForFinished(60000) && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
    }

    // A key file as the Google Cloud console downloads it (IAM, Service accounts, Keys, JSON).
    QString writeKeyFile(const QString &name, const QByteArray &privateKey, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("service_account")},
                                     {QStringLiteral("project_id"), QStringLiteral("soc-project")},
                                     {QStringLiteral("private_key_id"), QStringLiteral("0123abcd")},
                                     {QStringLiteral("private_key"), QString::fromLatin1(privateKey)},
                                     {QStringLiteral("client_email"), kServiceAccount},
                                     {QStringLiteral("client_id"), QStringLiteral("104000000000000000001")},
                                     {QStringLiteral("token_uri"), m_server.tokenUrl().toString()}})
                       .toJson());
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    ResourceSettings resource(const QString &keyFile) const
    {
        ResourceSettings r;
        r.name = QStringLiteral("workspace");
        r.imap.host = QStringLiteral("imap.gmail.com");
        r.imap.auth = soar::settings::ImapAuth::OAuth2;
        r.imap.mailboxAccount = kMailbox;
        r.imap.oauth.provider = OAuthProvider::Google;
        r.imap.oauth.flow = OAuthFlow::ServiceAccount;
        r.imap.oauth.keyFile = keyFile;
        return r;
    }

    Result<AccessToken> get(const ResourceSettings &r)
    {
        TokenProvider provider(r, &m_secrets, &m_network);
        std::optional<Result<AccessToken>> result;
        provider.accessToken([&](const Result<AccessToken> &answer) { result = answer; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }

    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_privateKey = openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")});
        QVERIFY(m_privateKey.contains("BEGIN PRIVATE KEY"));
        m_publicKey = openssl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, m_privateKey);
        QVERIFY(m_publicKey.contains("BEGIN PUBLIC KEY"));
        m_server.setServiceAccount(kServiceAccount, m_publicKey);
    }

    void signedAssertionIsExchangedForTheMailboxToken()
    {
        const int before = m_server.tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        const auto token = get(resource(writeKeyFile(QStringLiteral("key.json"), m_privateKey, kOwnerOnly)));
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(token.value().token, m_server.lastAccessToken());
        QCOMPARE(token.value().account, kMailbox);
        QCOMPARE(m_server.tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")), before + 1);
        // The claims Google documents: who signs, for whom, what, where, for how long.
        const QJsonObject claims = m_server.lastAssertionClaims();
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), kServiceAccount);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), kMailbox);
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("https://mail.google.com/"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), m_server.tokenUrl().toString());
        const qint64 lifetime
            = qint64(claims.value(QStringLiteral("exp")).toDouble()) - qint64(claims.value(QStringLiteral("iat")).toDouble());
        QCOMPARE(lifetime, 3600);
        // The grant carries no client secret and no refresh token comes back.
        QVERIFY(!m_server.lastTokenForm().hasQueryItem(QStringLiteral("client_secret")));
    }

    void usernameIsTheSubjectWithoutMailboxAccount()
    {
        ResourceSettings r = resource(writeKeyFile(QStringLiteral("key-user.json"), m_privateKey, kOwnerOnly));
        r.imap.mailboxAccount.clear();
        r.imap.username = QStringLiteral("abuse@example.com");
        const auto token = get(r);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(m_server.lastAssertionClaims().value(QStringLiteral("sub")).toString(), QStringLiteral("abuse@example.com"));
    }

    void aKeyOfAnotherAccountIsRejectedByTheSignatureCheck()
    {
        const QByteArray otherKey = openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")});
        QVERIFY(!otherKey.isEmpty());
        const auto token = get(resource(writeKeyFile(QStringLiteral("other.json"), otherKey, kOwnerOnly)));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, Error::Kind::Config);
        QVERIFY2(token.error().message.contains(QStringLiteral("Invalid JWT Signature")), qPrintable(token.error().message));
        QVERIFY(token.error().message.contains(QStringLiteral("domain-wide delegation")));
    }

    void keyFileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("extra");
        QTest::newRow("group-readable") << int(QFileDevice::ReadGroup);
        QTest::newRow("world-readable") << int(QFileDevice::ReadOther);
        QTest::newRow("group-writable") << int(QFileDevice::WriteGroup);
    }

    void keyFileOthersCanReadIsRefused()
    {
        QFETCH(int, extra);
        const QString path = writeKeyFile(QStringLiteral("open-%1.json").arg(extra), m_privateKey,
            kOwnerOnly | QFileDevice::Permissions(QFileDevice::Permission(extra)));
        const int before = m_server.tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        const auto token = get(resource(path));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, Error::Kind::Config);
        QVERIFY2(token.error().message.contains(QStringLiteral("chmod 600 ") + path), qPrintable(token.error().message));
        QVERIFY(token.error().message.contains(QStringLiteral("other users")));
        QCOMPARE(m_server.tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")), before);
    }

    void notAKeyFileSaysWhatIsMissing()
    {
        const QString path = m_dir.filePath(QStringLiteral("client.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"installed":{"client_id":"x.apps.googleusercontent.com"}})");
        file.close();
        file.setPermissions(kOwnerOnly);
        const auto token = get(resource(path));
        QVERIFY(!token.ok());
        QVERIFY2(token.error().message.contains(QStringLiteral("not a service account key file (no client_email, private_key, "
                                                               "token_uri)")),
            qPrintable(token.error().message));
    }

    void missingKeyFileNamesTheSetting()
    {
        const auto token = get(resource(m_dir.filePath(QStringLiteral("nowhere.json"))));
        QVERIFY(!token.ok());
        QVERIFY(token.error().message.contains(QStringLiteral("imap.oauth.keyFile")));
        QVERIFY(token.error().message.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestServiceAccount)
#include "tst_serviceaccount.moc"
