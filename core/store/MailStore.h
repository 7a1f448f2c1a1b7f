#pragma once

#include "common/Result.h"
#include "store/Checkpoint.h"
#include "store/IncidentLink.h"
#include "store/IncomingMail.h"
#include "store/IngestOutcome.h"
#include "store/MailQuery.h"
#include "store/MailSummary.h"
#include "store/RunRecord.h"
#include "store/StoreConnection.h"
#include "store/StoredMail.h"

#include <QDateTime>

#include <QVector>
#include <memory>

#include <functional>
#include <optional>

namespace soar::store {

class RawArchive;
class SqlTransaction;

// The local mail store: one SQLite file (WAL) shared by the GUI and the daemon. Every write is
// one transaction; mails are durable (synchronous=FULL) when ingestBatch() returns, which is
// what lets the daemon mark them \Seen and advance the checkpoint only afterwards.
// One MailStore is one connection and, like QSqlDatabase, belongs to the thread that opened it.
// It opens the file and hands its connection to one class per job: MailIngester (storing),
// MailReader and MailListing (reading), Checkpoints, RunHistory, IncidentLinks, IntegrityCheck.
// The SOAR delivery queue is the Outbox, on a connection of its own.
class MailStore {
public:
    using Clock = std::function<QDateTime()>;

    // clock: "now" for fetched_at and linked_at; the system clock when empty.
    explicit MailStore(Clock clock = {});
    ~MailStore();
    MailStore(const MailStore &) = delete;
    MailStore &operator=(const MailStore &) = delete;

    // Opens (creating it 0600, its directory 0700) and migrates to the latest schema.
    // cacheKiB: see StoreConnection::open (soar-imapd passes kFetchOnlyCacheKiB).
    common::Result<void> open(const QString &path, int cacheKiB = StoreConnection::kDefaultCacheKiB);
    // What open() was given, so another thread can open its own connection to the same store.
    QString path() const { return m_path; }
    const Clock &clock() const { return m_clock; }

    // All mails in one transaction, durable at the end. Idempotent: a mail already stored (see
    // MailIngester) comes back with duplicate=true and its id. An invalid mail is refused on its
    // own (IngestOutcome::refused); any other failure stores none of them.
    // Commit::Later leaves the transaction open: the mails are written but not durable, and the
    // next batch joins them; the first Commit::Now batch commits them all. A failure rolls back
    // every batch since the last commit. Fewer commits cost less (each rewrites the touched
    // index pages and waits on two fsyncs); CommitPipeline defers only while more is waiting.
    enum class Commit { Now, Later };
    common::Result<QVector<IngestOutcome>> ingestBatch(const QVector<IncomingMail> &mails, Commit commit = Commit::Now);

    common::Result<StoredMail> mail(const QString &mailId) const;
    common::Result<QByteArray> rawMessage(const QString &mailId) const;
    common::Result<QVector<MailSummary>> list(const MailQuery &query) const;
    common::Result<qint64> count(const MailQuery &query) const; // ignores offset and limit

    common::Result<std::optional<Checkpoint>> checkpoint(const QString &resource, const QString &folder) const;
    common::Result<void> setCheckpoint(const QString &resource, const QString &folder, const Checkpoint &checkpoint);

    // startedAt defaults to now when invalid; returns the run's id.
    common::Result<qint64> recordRun(const RunRecord &run);
    common::Result<QVector<RunRecord>> runs(const QString &resource = {}, int limit = 100) const;

    // Linking the same incident twice updates the note and time.
    common::Result<void> linkIncident(const QString &mailId, const QString &incidentId, const QString &note = {});
    common::Result<QVector<IncidentLink>> incidentLinks(const QString &mailId) const;

    // PRAGMA integrity_check and foreign_key_check (soar-imapd check-store); an error lists
    // what SQLite found.
    common::Result<void> checkIntegrity() const;

private:
    common::Result<void> requireOpen() const;
    QDateTime now() const;

    Clock m_clock;
    QString m_path;
    StoreConnection m_connection;
    std::unique_ptr<RawArchive> m_archive; // raw mails: <store file>-raw/, see RawArchive
    // Open between a Commit::Later batch and the next Commit::Now one; rolled back when dropped.
    std::unique_ptr<SqlTransaction> m_openTransaction;
    // What the open transaction holds, logged once it is committed (a mail is "stored" only then).
    QVector<IngestOutcome> m_uncommitted;
};

} // namespace soar::store
