// Kills a store writer at each named crash point and checks that the store afterwards holds
// either the whole mail or nothing of it, and passes SQLite's integrity check. The writer is
// this same executable, started again with SOAR_STORE_CRASH_CHILD set (see main()).

#include "StoreIngest.h"
#include "StoreTestMails.h"
#include "store/MailStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace soar::store;
using soar::store::testing::day;
using soar::store::testing::sampleMail;

namespace {
constexpr int kCrashExitCode = 86; // common::CrashPoint exits with this
const Checkpoint kOldCheckpoint {1000, 1, day(1)};
const Checkpoint kNewCheckpoint {1000, 13, day(13)};

QVector<IncomingMail> childMails(const QString &mode)
{
    QVector<IncomingMail> mails;
    for (int n : mode == QLatin1String("batch") ? QVector<int> {11, 12, 13} : QVector<int> {11}) {
        IncomingMail mail = sampleMail(n);
        mail.attachments = {{QStringLiteral("report-%1.pdf").arg(n), QStringLiteral("application/pdf"), 10, {}, {}, {}}};
        mails << mail;
    }
    return mails;
}

// The child: one write that the armed crash point interrupts.
int runChild(const QString &path, const QString &mode)
{
    MailStore store;
    if (!store.open(path).ok())
        return 2;
    if (mode == QLatin1String("checkpoint"))
        return store.setCheckpoint(QStringLiteral("acme"), QStringLiteral("INBOX"), kNewCheckpoint).ok() ? 0 : 3;
    return store.ingestBatch(childMails(mode)).ok() ? 0 : 3;
}
} // namespace

class TestMailStoreCrash : public QObject {
    Q_OBJECT
private slots:
    void crashLeavesAllOrNothing_data()
    {
        QTest::addColumn<QString>("crashPoint");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("committed");
        QTest::newRow("single, after raw insert")
            << QStringLiteral("store.after-raw-insert") << QStringLiteral("single") << false;
        QTest::newRow("single, before commit")
            << QStringLiteral("store.after-insert-before-commit") << QStringLiteral("single") << false;
        QTest::newRow("single, after commit") << QStringLiteral("store.after-commit") << QStringLiteral("single") << true;
        QTest::newRow("batch, after first raw insert")
            << QStringLiteral("store.after-raw-insert") << QStringLiteral("batch") << false;
        QTest::newRow("batch, before commit")
            << QStringLiteral("store.after-insert-before-commit") << QStringLiteral("batch") << false;
        QTest::newRow("batch, after commit") << QStringLiteral("store.after-commit") << QStringLiteral("batch") << true;
    }

    void crashLeavesAllOrNothing()
    {
        QFETCH(QString, crashPoint);
        QFETCH(QString, mode);
        QFETCH(bool, committed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        seed(path);

        QCOMPARE(runCrashingChild(path, mode, crashPoint), kCrashExitCode);

        MailStore store;
        QVERIFY(store.open(path).ok());
        const auto integrity = store.checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.error().toString() + integrity.error().detail));
        const int expected = 1 + (committed ? childMails(mode).size() : 0);
        QCOMPARE(store.count({}).value(), expected);
        QCOMPARE(rowCount(path, QStringLiteral("raw_messages")), expected);
        QCOMPARE(rowCount(path, QStringLiteral("attachments")), expected - 1);
        QCOMPARE(rowCount(path, QStringLiteral("mail_fts")), expected);

        // The next run stores what was lost and duplicates nothing that survived.
        const auto rerun = store.ingestBatch(childMails(mode));
        QVERIFY(rerun.ok());
        for (const IngestOutcome &outcome : rerun.value())
            QCOMPARE(outcome.duplicate, committed);
        QCOMPARE(store.count({}).value(), 1 + childMails(mode).size());
        QVERIFY(store.checkIntegrity().ok());
        // Every raw mail reads back intact, including those appended to the archive after the
        // bytes a crashed transaction left at a segment's end.
        for (int i = 0; i < rerun.value().size(); ++i)
            QCOMPARE(store.rawMessage(rerun.value().at(i).mailId).value(), childMails(mode).at(i).raw);
    }

    void crashBeforeCheckpointCommitKeepsTheOldOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        seed(path);
        QCOMPARE(runCrashingChild(path, QStringLiteral("checkpoint"), QStringLiteral("store.checkpoint-before-commit")),
            kCrashExitCode);
        MailStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(store.checkIntegrity().ok());
        QCOMPARE(
            store.checkpoint(QStringLiteral("acme"), QStringLiteral("INBOX")).value(), std::optional<Checkpoint>(kOldCheckpoint));
    }

    void readerInThisProcessSeesTheOtherProcessCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        seed(path);
        MailStore reader; // the GUI, say, while the daemon (the child) writes
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.count({}).value(), 1);
        QCOMPARE(runCrashingChild(path, QStringLiteral("batch"), QStringLiteral("no.such.point")), 0);
        QCOMPARE(reader.count({}).value(), 4);
        QVERIFY(reader.checkIntegrity().ok());
    }

private:
    // One mail and a checkpoint from an earlier, undisturbed run.
    static void seed(const QString &path)
    {
        MailStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(soar::test::ingestOne(store, sampleMail(1)).ok());
        QVERIFY(store.setCheckpoint(QStringLiteral("acme"), QStringLiteral("INBOX"), kOldCheckpoint).ok());
    }

    static int runCrashingChild(const QString &path, const QString &mode, const QString &crashPoint)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_STORE_CRASH_CHILD"), path);
        env.insert(QStringLiteral("SOAR_STORE_CRASH_MODE"), mode);
        env.insert(QStringLiteral("SOAR_CRASH_AT"), crashPoint);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(60000))
            return -1;
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
    }

    static int rowCount(const QString &path, const QString &table)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (!db.open())
                qWarning("cannot open %s", qPrintable(path));
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                count = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return count;
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString childStore = qEnvironmentVariable("SOAR_STORE_CRASH_CHILD");
    if (!childStore.isEmpty())
        return runChild(childStore, qEnvironmentVariable("SOAR_STORE_CRASH_MODE"));
    TestMailStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mailstorecrash.moc"
