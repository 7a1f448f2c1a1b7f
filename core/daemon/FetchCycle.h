#pragma once

#include "common/Error.h"
#include "daemon/CommitPipeline.h"
#include "daemon/ParsePipeline.h"
#include "imap/tasks/MailboxInfo.h"
#include "mime/Mail.h"
#include "rules/ClientMatcher.h"
#include "rules/FetchPlan.h"
#include "rules/SearchQuery.h"
#include "store/IncomingMail.h"
#include "store/RunRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>

#include <functional>
#include <memory>
#include <vector>

namespace soar::imap {
class ImapSession;
class Task;
struct FetchResponse;
} // namespace soar::imap
namespace soar::store {
class MailStore;
}

namespace soar::daemon {

// One fetch run over a selected folder:
//   search (the compiled pre-filters; with Text Body, also without TEXT, and the difference
//   checked for the value in attachment names by BODYSTRUCTURE) -> fetch headers and drop what the exact check rejects
//   -> fetch whole mails in pipelined batches -> parse + exact check (ParsePipeline, on a
//   worker thread) -> commit to the store in groups (CommitPipeline, on a thread of its own;
//   network, parsing and storing overlap) -> set \Seen on what is stored -> advance the
//   checkpoint -> record the run.
// A mail is flagged \Seen and counted done only after it is durably stored. A mail that cannot
// be fetched or stored is counted as failed and never blocks the others. In a dry run nothing
// is stored or flagged; the matching mails are kept in dryRunMails().
class FetchCycle : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool dryRun = false;
        int dryRunLimit = 20; // newest candidates considered in a dry run
        bool markSeen = true;
        // Queue each new mail for SOAR delivery inside its store transaction (the resource
        // creates incidents); SoarForwarder then only has to deliver.
        bool queueForSoar = false;
        int batchSize = 50;
        int pipelineDepth = 4;
        // Keep a summary of every stored mail for mails() (soar-imapd once prints them). The
        // long-running daemon does not need them and keeps its memory flat.
        bool keepStoredMails = true;
        // Mails are committed in groups: one durable transaction (fsync) per group instead of
        // per mail. \Seen is still set only after the group's commit returned.
        int storeGroupSize = 100;
        qint64 storeGroupBytes = 4 * 1024 * 1024;
    };
    struct FetchedMail {
        quint32 uid = 0;
        QString mailId; // empty in a dry run
        bool duplicate = false;
        // A dry run's whole mail; null for a stored one (see contract). A pointer: a run over a
        // large folder keeps 10,000s of these, and an empty mime::Mail alone is 384 bytes.
        std::shared_ptr<const mime::Mail> mail;
        // A stored mail's daemon-contract object (MailJson::contract) as compact JSON: a few
        // hundred bytes instead of a parsed mail, so `once` stays small on large folders.
        QByteArray contract;
    };

    FetchCycle(imap::ImapSession &session, imap::MailboxInfo mailbox, QString resource, rules::FetchPlan plan,
        store::MailStore *store, Options options, QObject *parent = nullptr);
    ~FetchCycle() override;

    void start();
    // Stops after the mail being processed; what is stored stays stored.
    void requestStop() { m_stopRequested = true; }

    const store::RunRecord &record() const { return m_record; }
    const QList<FetchedMail> &mails() const { return m_mails; }

signals:
    void mailStored(const QString &mailId, quint32 uid);
    void finished(const soar::common::Error &error);

private:
    void search();
    // UID SEARCH, the UIDs at or below a "UIDs above" window dropped, then next(uids).
    void runSearch(const rules::SearchQuery &query, const std::function<void(const QList<quint32> &)> &next);
    // Adds to found what matches Text Body by an attachment name only (see the .cpp).
    void checkAttachmentNames(const QList<quint32> &found, const QList<quint32> &inScope);
    void searched(QList<quint32> uids);
    void fetchHeaders(const QList<quint32> &uids);
    void fetchBodies(const QList<quint32> &uids);
    void markSeen();
    void complete(const common::Error &error = {});
    void finish(const common::Error &error);
    void onHeaders(const imap::FetchResponse &response);
    void onMessage(const imap::FetchResponse &response);
    void onParsed(const ParsePipeline::Parsed &parsed);
    // Runs next once every mail handed to the parser has come back (at once if none is out).
    void whenParsed(const std::function<void()> &next);
    // Runs next once every group handed to the store is committed (at once if none is out).
    void whenCommitted(const std::function<void()> &next);
    void onCommitted(const CommitPipeline::Committed &result);
    void setSeenFlags();
    void onMessageFailed(quint32 uid, const common::Error &error);
    void queueForStore(const ParsePipeline::Parsed &parsed);
    // MayWait while more of the fetch is coming (see CommitPipeline); Now at its end.
    void flushStoreGroup(CommitPipeline::Commit commit);
    bool saveCheckpoint();

    imap::ImapSession &m_session;
    imap::MailboxInfo m_mailbox;
    QString m_resource;
    rules::FetchPlan m_plan;
    rules::FetchWindow m_window;
    rules::ClientMatcher m_matcher;
    store::MailStore *m_store;
    Options m_options;
    std::unique_ptr<ParsePipeline> m_parser;
    std::unique_ptr<CommitPipeline> m_committer; // not in a dry run

    // Every task of this run stays alive until the run is destroyed: a task must not be
    // deleted from inside its own finished() signal.
    std::vector<std::unique_ptr<imap::Task>> m_tasks;
    QList<quint32> m_candidates;
    QList<quint32> m_toFetch;
    QList<quint32> m_seenToSet;
    QList<FetchedMail> m_mails;
    // What the run needs of a mail once the store has it (the raw bytes went with the group).
    struct Queued {
        quint32 uid = 0;
        bool seen = false;
        QDateTime internalDate;
        mime::Mail mail; // the summary, for the run's output
    };
    QVector<store::IncomingMail> m_group; // the group being filled
    QList<Queued> m_queued; // ... and what the run keeps of its mails
    qint64 m_queuedBytes = 0;
    QQueue<QList<Queued>> m_committing; // groups handed to the store, oldest first
    quint32 m_highestProcessedUid = 0;
    QDateTime m_newestDate;
    store::RunRecord m_record;
    QElapsedTimer m_elapsed;
    qint64 m_parseNs = 0; // time spent parsing and checking, for the run's log line
    qint64 m_storeNs = 0; // time spent committing to the store
    bool m_stopRequested = false;
    bool m_leftUnfetched = false; // stopped before accepted mails were downloaded
    bool m_finished = false;
    QStringList m_failures;
    // Set when a store group could not be committed (disk full, database locked): the run
    // finishes with it, so `once` fails and `run` retries later.
    common::Error m_storeError;
};

} // namespace soar::daemon
