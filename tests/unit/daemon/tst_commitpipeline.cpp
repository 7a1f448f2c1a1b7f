// The fetch cycle's store stage: groups are committed on a thread of its own through a second
// connection, in the order submitted, and the owner sees them in its own connection afterwards;
// groups waiting behind the writer share a commit; a group that fails takes only itself (and
// the uncommitted groups it shares a transaction with) down.
#include "../store/StoreTestMails.h"
#include "daemon/CommitPipeline.h"
#include "store/MailStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using soar::daemon::CommitPipeline;
using soar::store::IncomingMail;
using soar::store::MailStore;
using soar::store::testing::sampleMail;

namespace {
// What a connection of its own sees committed, read on the calling thread.
int committedMails(const QString &path)
{
    const QString name = QStringLiteral("probe");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT count(*) FROM mails"), db);
            if (query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QVector<IncomingMail> group(int first, int count)
{
    QVector<IncomingMail> mails;
    for (int n = first; n < first + count; ++n)
        mails << sampleMail(n);
    return mails;
}
} // namespace

class TestCommitPipeline : public QObject {
    Q_OBJECT
private slots:
    void groupsCommitInOrderOnAnotherThread()
    {
        QTemporaryDir dir;
        QMutex mutex;
        QSet<QThread *> clockThreads; // the store asks its clock for "now" in every commit
        MailStore store([&] {
            QMutexLocker lock(&mutex);
            clockThreads.insert(QThread::currentThread());
            return QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
        });
        QVERIFY(store.open(dir.filePath(QStringLiteral("mail.db"))).ok());

        QList<quint32> firstUids;
        {
            CommitPipeline pipeline(store);
            connect(&pipeline, &CommitPipeline::committed, this, [&](const CommitPipeline::Committed &c) {
                QVERIFY2(!c.error, qPrintable(c.error.toString()));
                QCOMPARE(c.outcomes.size(), 3);
                const auto first = store.mail(c.outcomes.first().mailId);
                QVERIFY(first.ok()); // committed: the owner's own connection reads it
                firstUids << first.value().uid;
            });
            QSignalSpy drained(&pipeline, &CommitPipeline::drained);
            for (int g = 0; g < 6; ++g)
                pipeline.submit(group(1 + 3 * g, 3)); // waits whenever a commit is still running
            QTRY_VERIFY(pipeline.isIdle());
            QVERIFY(drained.count() >= 1);
        }
        QCOMPARE(firstUids, (QList<quint32> {1, 4, 7, 10, 13, 16}));
        QCOMPARE(store.count({}).value(), 18);
        QCOMPARE(clockThreads.size(), 1);
        QVERIFY(!clockThreads.contains(QThread::currentThread()));
    }

    void groupsOfOneFetchShareOneCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        QAtomicInt batches; // the store asks its clock once per group it writes, on the writer's thread
        int committedBeforeLastGroup = -1;
        MailStore store([&] {
            if (batches.fetchAndAddOrdered(1) + 1 == CommitPipeline::kMaxGroupsPerCommit)
                committedBeforeLastGroup = committedMails(path);
            return QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
        });
        QVERIFY(store.open(path).ok());
        CommitPipeline pipeline(store);
        QList<qint64> storedWhenReported;
        connect(&pipeline, &CommitPipeline::committed, this, [&](const CommitPipeline::Committed &c) {
            QVERIFY2(!c.error, qPrintable(c.error.toString()));
            QVERIFY(c.durable);
            storedWhenReported << store.count({}).value();
        });
        for (int g = 0; g < CommitPipeline::kMaxGroupsPerCommit; ++g)
            pipeline.submit(group(1 + 3 * g, 3), CommitPipeline::Commit::MayWait);
        QTRY_VERIFY(pipeline.isIdle());
        // While the last group was written, no other connection saw any of the first three:
        // one commit made all four durable, and each was reported only after it.
        QCOMPARE(committedBeforeLastGroup, 0);
        QCOMPARE(storedWhenReported, (QList<qint64> {12, 12, 12, 12}));
    }

    void writtenGroupsCommitWhenAskedOrWhenNoMoreCome()
    {
        QTemporaryDir dir;
        MailStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("mail.db"))).ok());
        CommitPipeline pipeline(store);
        QSignalSpy committed(&pipeline, &CommitPipeline::committed);

        pipeline.submit(group(1, 2), CommitPipeline::Commit::MayWait);
        pipeline.commitWritten(); // the fetch is over
        QVERIFY(committed.wait());
        QCOMPARE(committed.count(), 1);
        QCOMPARE(store.count({}).value(), 2);

        // Nobody asks: the write lock is not kept beyond kMaxCommitDelayMs.
        QElapsedTimer waited;
        waited.start();
        pipeline.submit(group(3, 2), CommitPipeline::Commit::MayWait);
        QVERIFY(committed.wait());
        // It did wait for more (a coarse QTimer may fire up to 5 % early).
        QVERIFY2(waited.elapsed() >= CommitPipeline::kMaxCommitDelayMs * 95 / 100, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(committed.count(), 2);
        QCOMPARE(store.count({}).value(), 4);
        QVERIFY(pipeline.isIdle());
    }

    void aFailedGroupIsReportedAndTheNextCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        MailStore store;
        QVERIFY(store.open(path).ok());
        // A file where the raw archive's folder belongs: no mail of a group can be written.
        QFile blocker(path + QStringLiteral("-raw"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        QList<CommitPipeline::Committed> results;
        CommitPipeline pipeline(store);
        connect(&pipeline, &CommitPipeline::committed, this, [&](const CommitPipeline::Committed &c) { results << c; });
        pipeline.submit(group(1, 2));
        QTRY_VERIFY(pipeline.isIdle());
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().error.isError());
        QVERIFY(results.first().outcomes.isEmpty());
        QVERIFY2(results.first().error.message.contains(QLatin1String("archive")), qPrintable(results.first().error.message));
        QCOMPARE(store.count({}).value(), 0);

        QVERIFY(QFile::remove(blocker.fileName()));
        pipeline.submit(group(3, 2));
        QTRY_VERIFY(pipeline.isIdle());
        QCOMPARE(results.size(), 2);
        QVERIFY2(!results.last().error, qPrintable(results.last().error.toString()));
        QCOMPARE(store.count({}).value(), 2);
    }

    void anInvalidMailIsRefusedAlone()
    {
        QTemporaryDir dir;
        MailStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("mail.db"))).ok());
        QVector<IncomingMail> mails = group(1, 3);
        mails[1].uid = 0;
        CommitPipeline pipeline(store);
        QSignalSpy committed(&pipeline, &CommitPipeline::committed);
        pipeline.submit(mails);
        QTRY_VERIFY(pipeline.isIdle());
        const auto result = committed.first().first().value<CommitPipeline::Committed>();
        QVERIFY(!result.error);
        QCOMPARE(result.outcomes.size(), 3);
        QVERIFY(result.outcomes.at(1).refused.isError());
        QCOMPARE(store.count({}).value(), 2);
    }

    void aStoreThatIsNotOpenFailsAtOnce()
    {
        MailStore closed;
        CommitPipeline pipeline(closed);
        QSignalSpy committed(&pipeline, &CommitPipeline::committed);
        pipeline.submit(group(1, 1));
        // Nothing to hand to a thread: the result is there when submit() returns.
        QCOMPARE(committed.count(), 1);
        QVERIFY(committed.first().first().value<CommitPipeline::Committed>().error.isError());
        QVERIFY(pipeline.isIdle());
    }
};

QTEST_GUILESS_MAIN(TestCommitPipeline)
#include "tst_commitpipeline.moc"
