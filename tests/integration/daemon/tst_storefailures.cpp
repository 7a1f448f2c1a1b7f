// Scenario 8 of the reliability suite (docs/RELIABILITY.md): the mail store cannot be written.
//  - Disk full: soar-imapd runs with RLIMIT_FSIZE (SIGXFSZ ignored), so a write past the limit
//    fails with EFBIG exactly as a full disk fails with ENOSPC: SQLite reports it, the
//    transaction rolls back. Unlike a tmpfs mount this needs no root and is deterministic.
//  - Locked: this test holds an exclusive SQLite transaction on the store while soar-imapd runs.
// Either way soar-imapd fails with a clear error, no mail is \Seen on the server unless it is
// stored, and the next run (space back / lock released) stores every mail exactly once.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "TestMail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestStoreFailures : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static ImapTestClient &alice()
    {
        static ImapTestClient c(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        return c;
    }

    QString writeConfig(const QString &folder, const QString &fetchType)
    {
        const QJsonObject resource {{QStringLiteral("name"), folder},
            {QStringLiteral("imap"),
                QJsonObject {{QStringLiteral("host"), RigEnvironment::host()},
                    {QStringLiteral("port"), RigEnvironment::imapsPort()}, {QStringLiteral("username"), RigEnvironment::kAlice},
                    {QStringLiteral("caFile"), RigEnvironment::caFile()}, {QStringLiteral("folder"), folder}}},
            {QStringLiteral("fetch"), QJsonObject {{QStringLiteral("type"), fetchType}, {QStringLiteral("markSeen"), true}}}};
        const QString path = m_root.filePath(folder + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
        return path;
    }

    QString dataDir(const QString &folder) const { return m_root.filePath(folder + QStringLiteral("-data")); }

    // fileSizeLimit > 0: no file the process writes may grow past that many bytes.
    Run soarImapd(const QString &folder, const QString &config, const QStringList &command, rlim_t fileSizeLimit = 0)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword);
        p.setProcessEnvironment(env);
        if (fileSizeLimit > 0) {
            p.setChildProcessModifier([fileSizeLimit] {
                // Ignored SIGXFSZ survives exec: write() then fails with EFBIG instead of killing.
                ::signal(SIGXFSZ, SIG_IGN);
                const struct rlimit limit {
                    fileSizeLimit, fileSizeLimit
                };
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
            QStringList {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir(folder)} + command);
        if (!finished.wait(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Message-IDs (without <>) of the mails in the store, one entry per stored mail.
    QStringList storedIds(const QString &folder, const QString &config)
    {
        const Run listed = soarImapd(folder, config, {QStringLiteral("list"), QStringLiteral("--json")});
        if (listed.exitCode != 0)
            qWarning("list failed: %s", listed.err.constData());
        QStringList ids;
        for (const QJsonValue &m : QJsonDocument::fromJson(listed.out).array()) {
            QString id = m.toObject().value(QStringLiteral("message_id")).toString();
            id.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
            ids << id;
        }
        return ids;
    }

    static bool isSeen(const QString &folder, const QString &messageId)
    {
        return !alice().search(folder, "SEEN HEADER Message-ID \"" + messageId.toLatin1() + '"').isEmpty();
    }

    // The invariants of docs/RELIABILITY.md for one folder.
    void checkNothingSeenUnlessStored(const QString &folder, const QString &config, const QStringList &ids)
    {
        const QStringList stored = storedIds(folder, config);
        QCOMPARE(QSet<QString>(stored.begin(), stored.end()).size(), stored.size()); // never twice
        for (const QString &id : ids) {
            if (isSeen(folder, id))
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("%1 is \\Seen but not stored").arg(id)));
        }
    }

    void checkAllStoredOnceAndSeen(const QString &folder, const QString &config, const QStringList &ids)
    {
        QStringList stored = storedIds(folder, config);
        QStringList expected = ids;
        stored.sort();
        expected.sort();
        QCOMPARE(stored, expected);
        for (const QString &id : ids)
            QVERIFY2(isSeen(folder, id), qPrintable(id));
        // What an administrator runs after a full disk.
        const Run check = soarImapd(folder, config, {QStringLiteral("check-store")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(check.out.trimmed(),
            "The mail store " + QDir(dataDir(folder)).filePath(QStringLiteral("mail.db")).toUtf8() + " is sound.");
    }

    QStringList appendMails(const QString &folder, int count, int bytes)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            TestMail mail = TestMail().subject(QStringLiteral("%1 %2").arg(folder).arg(i)).padTo(bytes);
            if (!alice().append(folder, mail.raw()))
                qFatal("append failed: %s", qPrintable(alice().lastError()));
            ids << mail.id();
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        QVERIFY(alice().isLoggedIn());
    }

    void diskFullThenSpaceReturns_data()
    {
        QTest::addColumn<QString>("fetchType");
        QTest::newRow("unseen") << QStringLiteral("unseen");
        QTest::newRow("latest (checkpoint)") << QStringLiteral("latest");
    }

    void diskFullThenSpaceReturns()
    {
        QFETCH(QString, fetchType);
        const QString folder = QStringLiteral("StoreDiskFull-") + fetchType;
        QVERIFY(alice().resetFolder(folder));
        const QString config = writeConfig(folder, fetchType);
        // An empty run creates the store, so the limit bites on mail, not on the schema.
        const Run empty = soarImapd(folder, config, {QStringLiteral("once")});
        QVERIFY2(empty.exitCode == 0, empty.err.constData());
        const QStringList ids = appendMails(folder, 6, 200 * 1024);

        const Run full = soarImapd(folder, config, {QStringLiteral("once"), QStringLiteral("--json")}, 700 * 1024);
        QVERIFY2(full.exitCode != 0, (full.out + full.err).constData());
        QVERIFY2(full.err.contains("mail store"), full.err.constData());
        QVERIFY2(full.err.contains("disk") || full.err.contains("space"), full.err.constData());
        QVERIFY2(storedIds(folder, config).size() < ids.size(), "the file size limit did stop the run");
        checkNothingSeenUnlessStored(folder, config, ids);

        const Run resumed = soarImapd(folder, config, {QStringLiteral("once"), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        checkAllStoredOnceAndSeen(folder, config, ids);
    }

    void lockedDatabaseThenReleased()
    {
        const QString folder = QStringLiteral("StoreLocked");
        QVERIFY(alice().resetFolder(folder));
        const QString config = writeConfig(folder, QStringLiteral("unseen"));
        const Run empty = soarImapd(folder, config, {QStringLiteral("once")});
        QVERIFY2(empty.exitCode == 0, empty.err.constData());
        const QStringList ids = appendMails(folder, 3, 2048);

        const QString name = QStringLiteral("locker");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dataDir(folder)).filePath(QStringLiteral("mail.db")));
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

            const Run locked = soarImapd(folder, config, {QStringLiteral("once"), QStringLiteral("--json")});
            QVERIFY2(locked.exitCode != 0, (locked.out + locked.err).constData());
            QVERIFY2(locked.err.contains("mail store") && locked.err.contains("locked"), locked.err.constData());
            for (const QString &id : ids)
                QVERIFY2(!isSeen(folder, id), qPrintable(id));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(name);
        checkNothingSeenUnlessStored(folder, config, ids);

        const Run released = soarImapd(folder, config, {QStringLiteral("once"), QStringLiteral("--json")});
        QVERIFY2(released.exitCode == 0, released.err.constData());
        checkAllStoredOnceAndSeen(folder, config, ids);
    }

    // A store damaged outside soar-imap (a restored half backup, a hand edit): check-store says
    // so, how to recover, and what SQLite found.
    void checkStoreReportsDamage()
    {
        const QString folder = QStringLiteral("StoreDamaged");
        QVERIFY(alice().resetFolder(folder));
        const QString config = writeConfig(folder, QStringLiteral("unseen"));
        appendMails(folder, 2, 1024);
        const Run stored = soarImapd(folder, config, {QStringLiteral("once")});
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        const QString path = QDir(dataDir(folder)).filePath(QStringLiteral("mail.db"));
        const QString name = QStringLiteral("damager");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO incident_links(mail_id, incident_id, linked_at, note)"
                                           " VALUES (999999, 'INC-1', 0, '')")),
                qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);

        const Run check = soarImapd(folder, config, {QStringLiteral("check-store")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("The mail store " + path.toUtf8() + " is damaged; restore it from a backup"),
            check.err.constData());
        QVERIFY2(check.err.contains("dangling reference in table incident_links"), check.err.constData());
        QVERIFY(check.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_storefailures.moc"
