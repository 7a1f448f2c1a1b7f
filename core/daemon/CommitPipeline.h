#pragma once

#include "common/Error.h"
#include "daemon/ResultQueue.h"
#include "store/IncomingMail.h"
#include "store/IngestOutcome.h"

#include <QObject>
#include <QThreadPool>
#include <QVector>

#include <atomic>
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
// When the next group is already waiting as a group is written, the writer leaves the
// transaction open and writes the next one into it (up to kMaxGroupsPerCommit): a commit
// rewrites every index page the group touched and waits on two fsyncs, so a writer that falls
// behind catches up by committing less often. A group whose transaction is still open is not
// reported until the commit that makes it durable (or the error that rolls it back); it no
// longer counts against maxGroupsInFlight, since its raw bytes are written and freed.
class CommitPipeline : public QObject {
    Q_OBJECT
public:
    struct Committed {
        QVector<store::IngestOutcome> outcomes; // one per mail of the group, when no error
        common::Error error; // nothing of the group was stored
        qint64 commitNs = 0;
        bool durable = true; // false: written into a transaction a later group commits
    };
    // 4 groups of 100 mails: a quarter of the commits of a large fetch (bench_stages: the store
    // stage 2.5 -> 1.7 core-s for 10,000 mails) while memory stays that of one group.
    static constexpr int kMaxGroupsPerCommit = 4;

    // maxGroupsInFlight = 1: one group commits while the owner fills the next (double
    // buffering); more only buys memory on two cores, the store is not the slowest stage.
    explicit CommitPipeline(store::MailStore &store, int maxGroupsInFlight = 1, QObject *parent = nullptr);
    // Finishes the commits in flight (their results are not delivered) and closes the connection.
    ~CommitPipeline() override;

    void submit(QVector<store::IncomingMail> group);
    // Everything submitted has been committed and delivered.
    bool isIdle() const { return m_pending == 0 && m_written.isEmpty(); }

signals:
    void committed(const soar::daemon::CommitPipeline::Committed &result);
    // The last pending result was delivered.
    void drained();

private:
    Committed commit(const QVector<store::IncomingMail> &group); // on the writer's thread
    void deliverReady();
    void report(Committed result);

    store::MailStore &m_store; // the owner's connection: path and clock
    const int m_maxGroupsInFlight;
    const bool m_onOwnThread;
    QThreadPool m_writer; // one thread for the writer connection's whole life
    std::unique_ptr<store::MailStore> m_writerStore; // writer's thread only
    common::Error m_openError; // writer's thread only
    ResultQueue<Committed> m_done;
    int m_pending = 0; // owner's thread: submitted, not yet written
    std::atomic<int> m_waiting {0}; // submitted, the writer has not started on it
    int m_deferredInRow = 0; // writer's thread: groups in the open transaction
    QVector<Committed> m_written; // owner's thread: written, waiting for their commit
};

} // namespace soar::daemon
