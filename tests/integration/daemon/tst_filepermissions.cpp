// Files soar-imap creates are owner-only whatever the umask: folders 0700, files 0600 (the
// settings file, the store with its -wal and -shm, log files, run locks). The test process runs
// with umask 0, the worst case, and so do the soar-imapd processes it starts. Also: a keychain
// that cannot be reached gives a clear message and never a plaintext fallback.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "RigResource.h"
#include "TestMail.h"

#include "common/Logging.h"
#include "daemon/RunLock.h"
#include "settings/SettingsFile.h"
#include "store/MailStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

namespace {

// The permission bits of a path as "0600".
QString modeOf(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("0%1").arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
}

const QString kPrivateFile = QStringLiteral("0600");
const QString kPrivateDir = QStringLiteral("0700");

} // namespace

class TestFilePermissions : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    mode_t m_oldUmask = 022;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run soarImapd(const QStringList &arguments, const QMap<QString, QString> &env)
    {
        QProcess p;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SOAR_IMAP_PASSWORD"));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        p.setProcessEnvironment(environment);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"), arguments);
        if (!finished.wait(90000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString writeConfig(const QString &dir, const QString &folder)
    {
        soar::settings::AppSettings settings;
        settings.resources.append(soar::test::rigResource(folder, RigEnvironment::kAlice, folder));
        const QString path = QDir(dir).filePath(QStringLiteral("settings.json"));
        const auto saved = soar::settings::SettingsFile::save(path, settings);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_oldUmask = ::umask(0);
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    void settingsFileAndItsNewFolders()
    {
        const QString dir = m_root.filePath(QStringLiteral("settings/nested/soar-imap"));
        const QString path = writeConfig(dir, QStringLiteral("Perms"));
        QCOMPARE(modeOf(path), kPrivateFile);
        QCOMPARE(modeOf(dir), kPrivateDir);
        QCOMPARE(modeOf(m_root.filePath(QStringLiteral("settings/nested"))), kPrivateDir);
        // Saving again (QSaveFile writes a new file and renames it) keeps it private.
        writeConfig(dir, QStringLiteral("Perms2"));
        QCOMPARE(modeOf(path), kPrivateFile);
    }

    void storeWithItsWalAndShm()
    {
        const QString dataDir = m_root.filePath(QStringLiteral("store-data/deeper"));
        soar::store::MailStore store;
        const QString db = QDir(dataDir).filePath(QStringLiteral("mail.db"));
        QVERIFY(store.open(db).ok());
        // The connection is open: SQLite has created the write-ahead log and its index.
        QCOMPARE(modeOf(db), kPrivateFile);
        QCOMPARE(modeOf(db + QStringLiteral("-wal")), kPrivateFile);
        QCOMPARE(modeOf(db + QStringLiteral("-shm")), kPrivateFile);
        QCOMPARE(modeOf(dataDir), kPrivateDir);
        QCOMPARE(modeOf(m_root.filePath(QStringLiteral("store-data"))), kPrivateDir);
    }

    void logFiles()
    {
        const QString logDir = m_root.filePath(QStringLiteral("log-data/logs"));
        soar::common::Logging::setup({logDir, false, spdlog::level::info});
        soar::common::Logging::get("hygiene")->warn("a line so the file exists");
        soar::common::Logging::setup({});
        const QString file = soar::common::Logging::logFilePath(logDir);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(modeOf(file), kPrivateFile);
        QCOMPARE(modeOf(logDir), kPrivateDir);
        QCOMPARE(modeOf(m_root.filePath(QStringLiteral("log-data"))), kPrivateDir);
    }

    void runLock()
    {
        const QString dataDir = m_root.filePath(QStringLiteral("lock-data"));
        soar::daemon::RunLock lock(dataDir, QStringLiteral("Perms"));
        QVERIFY(lock.acquire().ok());
        const QString locks = QDir(dataDir).filePath(QStringLiteral("locks"));
        QCOMPARE(modeOf(locks), kPrivateDir);
        const QStringList files = QDir(locks).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(QDir(locks).filePath(files.first())), kPrivateFile);
    }

    // Everything a real soar-imapd run leaves in a data folder it had to create.
    void soarImapdDataFolder()
    {
        SOAR_REQUIRE_RIG();
        const QString folder = QStringLiteral("FilePermissions");
        ImapTestClient alice(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        QVERIFY(alice.resetFolder(folder));
        QVERIFY(alice.append(folder, TestMail().subject(QStringLiteral("permissions")).raw()));
        const QString config = writeConfig(m_root.filePath(QStringLiteral("daemon-config")), folder);
        const QString dataDir = m_root.filePath(QStringLiteral("daemon-data/soar-imap"));
        const Run r
            = soarImapd({QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir, QStringLiteral("once")},
                {{QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(modeOf(dataDir), kPrivateDir);
        QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const bool isDir = it.fileInfo().isDir();
            files += isDir ? 0 : 1;
            QVERIFY2(modeOf(path) == (isDir ? kPrivateDir : kPrivateFile), qPrintable(path + QLatin1Char(' ') + modeOf(path)));
        }
        QVERIFY(files >= 2); // the store and the log at least
    }

    // No Secret Service on the session bus: a clear message naming the alternatives, a failed
    // run, and no secret written anywhere in plaintext instead.
    void missingKeychainIsAClearErrorNotAFallback()
    {
        const QString folder = QStringLiteral("NoKeychain");
        const QString config = writeConfig(m_root.filePath(QStringLiteral("nokeychain-config")), folder);
        const QString home = m_root.filePath(QStringLiteral("nokeychain-home"));
        QVERIFY(QDir().mkpath(home));
        const Run r = soarImapd({QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                                    m_root.filePath(QStringLiteral("nokeychain-data")), QStringLiteral("once")},
            {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=") + m_root.filePath(QStringLiteral("no-bus"))},
                {QStringLiteral("HOME"), home}, {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config")},
                {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share")}});
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QVERIFY2(r.err.contains("SOAR_IMAP_PASSWORD") || r.err.contains("password command"), r.err.constData());
        // QtKeychain's insecure fallback would have written a QSettings file under HOME.
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList written;
        while (it.hasNext())
            written << it.next();
        QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "tst_filepermissions.moc"
