#pragma once

#include "common/Error.h"
#include "daemon/ResultQueue.h"
#include "store/IncomingMail.h"
#include "store/IngestOutcome.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

#include <memory>

namespace soar::store {
class MailStore;
}

namespace soar::daemon {

// Commits groups of fetched mails on a thread of its own, through its own connection to the
// same store file, while the owner's thread goes on reading the socket. A group's commit waits
// on two fsyncs (raw archive, WAL) and indexes the mails' text; on its own thread that time
// overlaps the network and parsing instead of stopping them.
//
// Groups are committed one at a time in the order submitted, and results come back to the
// owner's thread in that order. submit() returns only when at most maxGroupsInFlight groups are
// uncommitted; until then it waits for the oldest and delivers its result itself: that bounds memory, and holding up the thread
// that reads the socket slows the server down (see ParsePipeline).
// A store that is not open on a file is written on the owner's thread instead.
//
// A group submitted with Commit::MayWait (more of the same fetch is coming) is written into a
// transaction that stays open for the next ones, up to kMaxGroupsPerCommit groups: a commit
// rewrites every index page its groups touched and waits on two fsyncs, so committing a
// quarter as often saves a third of the store's CPU on a large fetch (bench_stages). Memory
// stays that of one group (raw bytes are written and freed as before), and the write lock is
// never held for long: commitWritten() or kMaxCommitDelayMs without a new group commits.
// A written group is reported only with the commit that makes it durable, or with the error
// that rolls it back.
class CommitPipeline : public QObject {
    Q_OBJECT
public:
    struct Committed {
        QVector<store::IngestOutcome> outcomes; // one per mail of the group, when no error
        common::Error error; // nothing of the group was stored
        qint64 commitNs = 0;
        bool durable = true; // false: written into a transaction a later group commits
        bool commitOnly = false; // commitWritten()'s own result: not reported
    };
    enum class Commit { Now, MayWait };
    static constexpr int kMaxGroupsPerCommit = 4;
    // How long written groups may wait for the next one: another writer (the GUI, the outbox)
    // waits for the write lock meanwhile.
    static constexpr int kMaxCommitDelayMs = 200;

    // maxGroupsInFlight = 1: one group commits while the owner fills the next (double
    // buffering); more only buys memory on two cores, the store is not the slowest stage.
    explicit CommitPipeline(store::MailStore &store, int maxGroupsInFlight = 1, QObject *parent = nullptr);
    // Finishes the commits in flight (their results are not delivered) and closes the connection.
    ~CommitPipeline() override;

    void submit(QVector<store::IncomingMail> group, Commit commit = Commit::Now);
    // Commits the groups written with Commit::MayWait now (nothing to do when there are none).
    void commitWritten();
    // Everything submitted has been committed and delivered.
    bool isIdle() const { return m_pending == 0 && m_written.isEmpty(); }

signals:
    void committed(const soar::daemon::CommitPipeline::Committed &result);
    // The last pending result was delivered.
    void drained();

private:
    void start(QVector<store::IncomingMail> group, bool deferred, bool commitOnly);
    Committed write(const QVector<store::IncomingMail> &group, bool deferred); // on the writer's thread
    void deliverReady();
    void report(Committed result);

    store::MailStore &m_store; // the owner's connection: path and clock
    const int m_maxGroupsInFlight;
    const bool m_onOwnThread;
    QThreadPool m_writer; // one thread for the writer connection's whole life
    std::unique_ptr<store::MailStore> m_writerStore; // writer's thread only
    common::Error m_openError; // writer's thread only
    ResultQueue<Committed> m_done;
    // Owner's thread.
    int m_pending = 0; // submitted, not yet written
    int m_deferred = 0; // submitted with the transaction left open since the last commit
    QVector<Committed> m_written; // written, waiting for their commit
    QTimer m_commitTimer;
};

} // namespace soar::daemon
