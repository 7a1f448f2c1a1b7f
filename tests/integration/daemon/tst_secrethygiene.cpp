// Secret hygiene (docs/RELIABILITY.md): soar-imapd runs every way a secret reaches it — LOGIN,
// AUTHENTICATE PLAIN, a password command, the environment variables, a resource built from the
// environment alone, a Cloud SOAR token — and fails every way (wrong password, rejected token),
// always with the protocol trace on (-v). Afterwards no file under the data and config folders
// (logs, settings, the SQLite store with its WAL, the captured stdout/stderr) holds a password,
// a token, or their base64 forms.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "SoarTestServer.h"
#include "TestMail.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::SoarTestServer;
using soar::test::TestMail;

namespace {

const QString kFolder = QStringLiteral("SecretHygiene");
const QByteArray kWrongLoginPassword = "wrong-Pa55-login-7f3a";
const QByteArray kWrongPlainPassword = "wrong-Pa55-plain-9c1e";
const QByteArray kAcceptedToken = "eyJhbGciOiJIUzI1NiJ9.hygiene-accepted.c2lnbmF0dXJl";
const QByteArray kRejectedToken = "eyJhbGciOiJIUzI1NiJ9.hygiene-rejected.YmFkLXNpZw";

struct Run {
    QString name;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretHygiene : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString m_dataDir;
    QString m_configDir;
    QString m_secretsDir; // password-command inputs: outside the scanned folders on purpose
    QList<Run> m_runs;
    // Every secret with the user it belongs to (empty for tokens).
    QList<std::pair<QByteArray, QByteArray>> m_secrets;

    QString writeConfig(const QString &name, const QJsonObject &imap, const QJsonObject &soar = {})
    {
        QJsonObject resource {{QStringLiteral("name"), name}, {QStringLiteral("imap"), imap}};
        if (!soar.isEmpty())
            resource.insert(QStringLiteral("soar"), soar);
        const QString path = QDir(m_configDir).filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
        return path;
    }

    QJsonObject imap(const QString &user, const QString &auth, const QJsonObject &extra = {}) const
    {
        QJsonObject o {{QStringLiteral("host"), RigEnvironment::host()}, {QStringLiteral("port"), RigEnvironment::imapsPort()},
            {QStringLiteral("security"), QStringLiteral("tls")}, {QStringLiteral("username"), user},
            {QStringLiteral("caFile"), RigEnvironment::caFile()}, {QStringLiteral("folder"), kFolder},
            {QStringLiteral("auth"), auth}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    QString passwordCommand(const QString &name, const QByteArray &password)
    {
        const QString path = QDir(m_secretsDir).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(password + '\n');
        return QStringLiteral("cat ") + path;
    }

    // soar-imapd with the protocol trace on; its stdout and stderr are kept in the data folder,
    // as a service manager's journal or a crash report would keep them.
    Run run(const QString &name, const QStringList &arguments, const QMap<QString, QString> &env)
    {
        QProcess p;
        auto environment = QProcessEnvironment::systemEnvironment();
        for (const QString &key : environment.keys()) {
            if (key.startsWith(QLatin1String("SOAR_IMAP_")))
                environment.remove(key);
        }
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        p.setProcessEnvironment(environment);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            QStringList {QStringLiteral("--data-dir"), m_dataDir} + arguments + QStringList {QStringLiteral("-v")});
        Run r;
        r.name = name;
        if (finished.wait(90000)) {
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError();
        }
        QFile output(QDir(m_dataDir).filePath(QStringLiteral("captured-%1.txt").arg(name)));
        if (output.open(QIODevice::WriteOnly))
            output.write("== stdout\n" + r.out + "== stderr\n" + r.err);
        m_runs.append(r);
        return r;
    }

    Run once(const QString &name, const QString &config, const QMap<QString, QString> &env = {})
    {
        return run(name, {QStringLiteral("--config"), config, QStringLiteral("once"), QStringLiteral("--json")}, env);
    }

    // The plain secret, its base64 form, and the SASL PLAIN strings ("\0user\0pass" and
    // "user\0user\0pass") in base64.
    static QList<QByteArray> forms(const QByteArray &secret, const QByteArray &user)
    {
        QList<QByteArray> f {
            secret, secret.toBase64(), secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
        if (!user.isEmpty()) {
            f << (QByteArray(1, '\0') + user + '\0' + secret).toBase64();
            f << (user + '\0' + user + '\0' + secret).toBase64();
        }
        return f;
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        QVERIFY(m_root.isValid());
        m_dataDir = m_root.filePath(QStringLiteral("data"));
        m_configDir = m_root.filePath(QStringLiteral("config"));
        m_secretsDir = m_root.filePath(QStringLiteral("secrets"));
        QVERIFY(QDir().mkpath(m_configDir) && QDir().mkpath(m_secretsDir));
        m_secrets = {{RigEnvironment::kAlicePassword.toUtf8(), RigEnvironment::kAlice.toUtf8()},
            {RigEnvironment::kBobPassword.toUtf8(), RigEnvironment::kBob.toUtf8()},
            {RigEnvironment::kCarolPassword.toUtf8(), RigEnvironment::kCarol.toUtf8()},
            {kWrongLoginPassword, RigEnvironment::kAlice.toUtf8()}, {kWrongPlainPassword, RigEnvironment::kBob.toUtf8()},
            {kAcceptedToken, {}}, {kRejectedToken, {}}};
    }

    void loginWithTheEnvironmentPassword()
    {
        ImapTestClient alice(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        QVERIFY2(alice.resetFolder(kFolder), qPrintable(alice.lastError()));
        QVERIFY(alice.append(kFolder, TestMail().subject(QStringLiteral("hygiene login")).raw()));
        const Run r = once(QStringLiteral("login-ok"),
            writeConfig(QStringLiteral("login-ok"), imap(RigEnvironment::kAlice, QStringLiteral("login"))),
            {{QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        QVERIFY2(r.err.contains("LOGIN") && r.err.contains("<redacted>"), "the protocol trace is on and redacts LOGIN");
    }

    void loginWithAWrongPassword()
    {
        const Run r = once(QStringLiteral("login-wrong"),
            writeConfig(QStringLiteral("login-wrong"), imap(RigEnvironment::kAlice, QStringLiteral("login"))),
            {{QStringLiteral("SOAR_IMAP_PASSWORD"), QString::fromLatin1(kWrongLoginPassword)}});
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY(r.err.contains("LOGIN"));
    }

    void authenticatePlainWithAPasswordCommand()
    {
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY2(bob.resetFolder(kFolder), qPrintable(bob.lastError()));
        QVERIFY(bob.append(kFolder, TestMail().subject(QStringLiteral("hygiene plain")).raw()));
        const QString config = writeConfig(QStringLiteral("plain-ok"),
            imap(RigEnvironment::kBob, QStringLiteral("plain"),
                {{QStringLiteral("passwordCommand"),
                    passwordCommand(QStringLiteral("bob"), RigEnvironment::kBobPassword.toUtf8())}}));
        const Run r = once(QStringLiteral("plain-ok"), config);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        QVERIFY2(r.err.contains("AUTHENTICATE PLAIN"), r.err.constData());
    }

    void authenticatePlainWithAWrongPassword()
    {
        const QString config = writeConfig(QStringLiteral("plain-wrong"),
            imap(RigEnvironment::kBob, QStringLiteral("plain"),
                {{QStringLiteral("passwordCommand"), passwordCommand(QStringLiteral("bob-wrong"), kWrongPlainPassword)}}));
        const Run r = once(QStringLiteral("plain-wrong"), config);
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY(r.err.contains("AUTHENTICATE PLAIN"));
    }

    void resourceFromTheEnvironmentAlone()
    {
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY2(carol.resetFolder(kFolder), qPrintable(carol.lastError()));
        QVERIFY(carol.append(kFolder, TestMail().subject(QStringLiteral("hygiene environment")).raw()));
        const Run r = run(QStringLiteral("environment"), {QStringLiteral("once"), QStringLiteral("--json")},
            {{QStringLiteral("SOAR_IMAP_HOST"), RigEnvironment::host()},
                {QStringLiteral("SOAR_IMAP_PORT"), QString::number(RigEnvironment::imapsPort())},
                {QStringLiteral("SOAR_IMAP_SECURITY"), QStringLiteral("tls")},
                {QStringLiteral("SOAR_IMAP_USERNAME"), RigEnvironment::kCarol},
                {QStringLiteral("SOAR_IMAP_CA_FILE"), RigEnvironment::caFile()}, {QStringLiteral("SOAR_IMAP_FOLDER"), kFolder},
                {QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kCarolPassword}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    }

    void soarTokenAcceptedThenRejected()
    {
        ImapTestClient alice(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        const QString folder = kFolder + QStringLiteral("Soar");
        QVERIFY2(alice.resetFolder(folder), qPrintable(alice.lastError()));
        QVERIFY(alice.append(folder, TestMail().subject(QStringLiteral("hygiene soar 1")).raw()));
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken(kAcceptedToken);
        QVERIFY(server.startPlain());
        int authorizedRequests = 0;
        connect(&server, &SoarTestServer::requestReceived, this, [&](const soar::test::HttpRequest &) { ++authorizedRequests; });
        const QJsonObject soar {{QStringLiteral("url"), server.apiUrl().toString()},
            {QStringLiteral("auth"), QStringLiteral("jwt")}, {QStringLiteral("incidentTemplateId"), 12}};
        QJsonObject imapSettings = imap(RigEnvironment::kAlice, QStringLiteral("auto"));
        imapSettings.insert(QStringLiteral("folder"), folder);
        const QString config = writeConfig(QStringLiteral("soar"), imapSettings, soar);

        const Run accepted = once(QStringLiteral("soar-accepted"), config,
            {{QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword},
                {QStringLiteral("SOAR_IMAP_SECRET"), QString::fromLatin1(kAcceptedToken)}});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QCOMPARE(server.incidentCount(), 1);

        QVERIFY(alice.append(folder, TestMail().subject(QStringLiteral("hygiene soar 2")).raw()));
        const int before = authorizedRequests;
        const Run rejected = once(QStringLiteral("soar-rejected"), config,
            {{QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword},
                {QStringLiteral("SOAR_IMAP_SECRET"), QString::fromLatin1(kRejectedToken)}});
        QVERIFY2(authorizedRequests > before, "the rejected token was really sent");
        QCOMPARE(server.incidentCount(), 1);
        QVERIFY2(rejected.err.contains("Cloud SOAR rejected the API token (HTTP 401): the token is invalid or expired"),
            rejected.err.constData());
    }

    // Last: every file the runs above left behind.
    void noSecretInAnyFile()
    {
        QVERIFY2(m_runs.size() >= 7, "the scenarios above ran");
        const QStringList files = filesUnder(m_dataDir) + filesUnder(m_configDir);
        QVERIFY(files.contains(QDir(m_dataDir).filePath(QStringLiteral("mail.db"))));
        bool sawLog = false;
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            sawLog = sawLog || (path.endsWith(QLatin1String(".log")) && !bytes.isEmpty());
            for (const auto &[secret, user] : std::as_const(m_secrets)) {
                for (const QByteArray &form : forms(secret, user)) {
                    const bool found = bytes.contains(form);
                    QVERIFY2(!found,
                        qPrintable(QStringLiteral("%1 holds the secret of %2 as \"%3\"")
                                       .arg(path, QString::fromUtf8(user), QString::fromLatin1(form))));
                }
            }
        }
        QVERIFY2(sawLog, "the runs wrote a log file");
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
