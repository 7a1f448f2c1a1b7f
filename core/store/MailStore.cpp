#include "store/MailStore.h"

#include "common/CrashPoint.h"
#include "common/Logging.h"
#include "store/Checkpoints.h"
#include "store/IncidentLinks.h"
#include "store/IntegrityCheck.h"
#include "store/MailIngester.h"
#include "store/MailListing.h"
#include "store/MailReader.h"
#include "store/RawArchive.h"
#include "store/RunHistory.h"
#include "store/SchemaMigrations.h"
#include "store/SqlTransaction.h"

#include <QFileInfo>

namespace soar::store {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    return common::Logging::get("store");
}
} // namespace

MailStore::MailStore(Clock clock) : m_clock(std::move(clock))
{ }

MailStore::~MailStore() = default;

common::Result<void> MailStore::open(const QString &path, int cacheKiB)
{
    if (auto opened = m_connection.open(path, cacheKiB); !opened.ok())
        return opened;
    if (auto migrated = SchemaMigrations::migrate(m_connection.database()); !migrated.ok()) {
        m_connection.close();
        return migrated;
    }
    m_path = path;
    // Beside the database like SQLite's own -wal and -shm files.
    m_archive = std::make_unique<RawArchive>(QFileInfo(path).absoluteFilePath() + QStringLiteral("-raw"));
    logger()->debug("opened mail store {}", path);
    return {};
}

common::Result<void> MailStore::requireOpen() const
{
    if (m_connection.isOpen())
        return {};
    return common::Error(common::Error::Kind::Internal, QStringLiteral("The mail store is not open."));
}

QDateTime MailStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

common::Result<QVector<IngestOutcome>> MailStore::ingestBatch(const QVector<IncomingMail> &mails, Commit commit)
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    if (!m_openTransaction) {
        auto transaction = std::make_unique<SqlTransaction>(m_connection.database());
        if (auto begun = transaction->begin(); !begun.ok())
            return begun.error();
        m_openTransaction = std::move(transaction);
    }
    // Any failure below rolls back this batch and the deferred ones before it.
    auto failed = [this](const common::Error &error) {
        logger()->warn("{}", error.toString());
        m_openTransaction.reset();
        m_uncommitted.clear();
        return error;
    };
    MailIngester ingester(m_connection.database(), now(), m_archive.get());
    QVector<IngestOutcome> outcomes;
    outcomes.reserve(mails.size());
    for (const IncomingMail &mail : mails) {
        // Checked before anything is written: a refused mail leaves no trace in the
        // transaction, so the others of the batch are committed as usual.
        if (auto valid = MailIngester::validate(mail); !valid.ok()) {
            logger()->warn("{}", valid.error().toString());
            outcomes.append({QString(), false, valid.error()});
            continue;
        }
        auto outcome = ingester.ingest(mail);
        if (!outcome.ok())
            return failed(outcome.error());
        outcomes.append(outcome.value());
    }
    m_uncommitted += outcomes;
    if (commit == Commit::Later)
        return outcomes;
    // The raw bytes must be on disk before the rows that point at them are committed.
    if (auto synced = m_archive->sync(); !synced.ok())
        return failed(synced.error());
    common::CrashPoint::hit("store.after-insert-before-commit");
    if (auto committed = m_openTransaction->commit(); !committed.ok())
        return failed(committed.error());
    m_openTransaction.reset();
    common::CrashPoint::hit("store.after-commit");
    for (const IngestOutcome &outcome : std::as_const(m_uncommitted)) {
        if (!outcome.refused)
            logger()->debug("mail {} {}", outcome.mailId, outcome.duplicate ? "already stored" : "stored");
    }
    m_uncommitted.clear();
    return outcomes;
}

common::Result<StoredMail> MailStore::mail(const QString &mailId) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return MailReader(m_connection.database()).mail(mailId);
}

common::Result<QByteArray> MailStore::rawMessage(const QString &mailId) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return MailReader(m_connection.database()).rawMessage(mailId, m_archive.get());
}

common::Result<QVector<MailSummary>> MailStore::list(const MailQuery &query) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return MailListing(m_connection.database()).page(query);
}

common::Result<qint64> MailStore::count(const MailQuery &query) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return MailListing(m_connection.database()).count(query);
}

common::Result<std::optional<Checkpoint>> MailStore::checkpoint(const QString &resource, const QString &folder) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return Checkpoints(m_connection.database()).read(resource, folder);
}

common::Result<void> MailStore::setCheckpoint(const QString &resource, const QString &folder, const Checkpoint &checkpoint)
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    return Checkpoints(m_connection.database()).save(resource, folder, checkpoint);
}

common::Result<qint64> MailStore::recordRun(const RunRecord &run)
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    RunRecord stamped = run;
    if (!stamped.startedAt.isValid())
        stamped.startedAt = now();
    return RunHistory(m_connection.database()).record(stamped);
}

common::Result<QVector<RunRecord>> MailStore::runs(const QString &resource, int limit) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return RunHistory(m_connection.database()).list(resource, limit);
}

common::Result<void> MailStore::linkIncident(const QString &mailId, const QString &incidentId, const QString &note)
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    return IncidentLinks(m_connection.database()).link(mailId, incidentId, note, now());
}

common::Result<QVector<IncidentLink>> MailStore::incidentLinks(const QString &mailId) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return IncidentLinks(m_connection.database()).of(mailId);
}

common::Result<void> MailStore::checkIntegrity() const
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    return IntegrityCheck(m_connection.database()).run();
}

} // namespace soar::store
