#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace soar::test {

// Runs the real soar-imapd as a child process against one resource: writes its settings file,
// keeps its data dir, and runs `once` to completion or leaves the process to the test to kill.
// The IMAP side usually points at a ChaosProxy; the SOAR side at a SoarTestServer in the test.
class ImapdRunner {
public:
    struct Resource {
        QString name;
        QString folder;
        QString host;
        quint16 port = 0;
        QString security = QStringLiteral("tls"); // tls | starttls | none
        bool allowPlaintextPassword = false;
        QString caFile;
        QString user;
        QString password;
        QUrl soarUrl; // empty: no SOAR forwarding
        QString filterSubject; // the pre-filter "subject", when set

        // A plaintext login to a ScriptedImapServer on 127.0.0.1, INBOX: nothing to protect there.
        static Resource scripted(const QString &name, quint16 port, const QString &user, const QString &password)
        {
            Resource r;
            r.name = name;
            r.folder = QStringLiteral("INBOX");
            r.host = QStringLiteral("127.0.0.1");
            r.port = port;
            r.security = QStringLiteral("none");
            r.allowPlaintextPassword = true;
            r.user = user;
            r.password = password;
            return r;
        }
    };
    struct Outcome {
        bool finished = false;
        bool crashed = false; // killed or exited abnormally
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    ImapdRunner(QString workDir, Resource resource, QByteArray soarToken = {});

    QString dataDir() const;
    QString storePath() const; // <data dir>/mail.db
    const Resource &resource() const { return m_resource; }

    // Runs `once --json` and waits for it; crashAt arms SOAR_CRASH_AT.
    Outcome once(const QString &crashAt = {}, int timeoutMs = 90000);
    // Starts `once` and returns at once; the process belongs to the runner until the next call.
    QProcess *start(const QString &crashAt = {});
    Outcome wait(int timeoutMs = 90000);
    // Any command ("test-settings", "--json"), started or run to completion.
    QProcess *startCommand(const QStringList &command, const QString &crashAt = {});
    Outcome run(const QStringList &command, int timeoutMs = 90000);

    static QString executable();

private:
    void writeSettings();

    QString m_workDir;
    Resource m_resource;
    QByteArray m_token;
    QString m_config;
    std::unique_ptr<QProcess> m_process;
};

} // namespace soar::test
