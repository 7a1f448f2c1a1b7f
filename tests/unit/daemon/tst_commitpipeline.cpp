// The fetch cycle's store stage: groups are committed on a thread of its own through a second
// connection, in the order submitted, and the owner sees them in its own connection afterwards;
// a group that fails takes only itself down.
#include "../store/StoreTestMails.h"
#include "daemon/CommitPipeline.h"
#include "store/MailStore.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using soar::daemon::CommitPipeline;
using soar::store::IncomingMail;
using soar::store::MailStore;
using soar::store::testing::sampleMail;

namespace {
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

    void aFailedGroupDoesNotStopTheNext()
    {
        QTemporaryDir dir;
        MailStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("mail.db"))).ok());
        QVector<IncomingMail> broken = group(1, 2);
        broken[1].uid = 0; // the store refuses it, and with it the whole group
        QList<bool> failed;
        QString message;
        CommitPipeline pipeline(store);
        connect(&pipeline, &CommitPipeline::committed, this, [&](const CommitPipeline::Committed &c) {
            failed << c.error.isError();
            if (c.error)
                message = c.error.message;
        });
        pipeline.submit(broken);
        pipeline.submit(group(3, 2));
        QTRY_VERIFY(pipeline.isIdle());
        QCOMPARE(failed, (QList<bool> {true, false}));
        QVERIFY2(message.contains(QLatin1String("UID")), qPrintable(message));
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
