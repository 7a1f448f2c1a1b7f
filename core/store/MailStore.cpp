#include "store/MailStore.h"

#include "common/AppPaths.h"
#include "common/CrashPoint.h"
#include "common/Logging.h"
#include "store/MailIngester.h"
#include "store/MailListing.h"
#include "store/MailReader.h"
#include "store/RawArchive.h"
#include "store/RunHistory.h"
#include "store/SchemaMigrations.h"
#include "store/Sql.h"
#include "store/SqlTransaction.h"

#include <QDir>
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

QString MailStore::defaultPath()
{
    return QDir(common::AppPaths::dataDir()).filePath(QStringLiteral("mail.db"));
}

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

void MailStore::close()
{
    m_connection.close();
    m_archive.reset();
    m_path.clear();
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

common::Result<IngestOutcome> MailStore::ingest(const IncomingMail &mail)
{
    auto outcomes = ingestBatch({mail});
    if (!outcomes.ok())
        return outcomes.error();
    if (outcomes.value().constFirst().refused)
        return outcomes.value().constFirst().refused;
    return outcomes.value().constFirst();
}

common::Result<QVector<IngestOutcome>> MailStore::ingestBatch(const QVector<IncomingMail> &mails)
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    SqlTransaction transaction(m_connection.database());
    if (auto begun = transaction.begin(); !begun.ok())
        return begun.error();
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
        if (!outcome.ok()) {
            logger()->warn("{}", outcome.error().toString());
            return outcome.error();
        }
        outcomes.append(outcome.value());
    }
    // The raw bytes must be on disk before the rows that point at them are committed.
    if (auto synced = m_archive->sync(); !synced.ok()) {
        logger()->warn("{}", synced.error().toString());
        return synced.error();
    }
    common::CrashPoint::hit("store.after-insert-before-commit");
    if (auto committed = transaction.commit(); !committed.ok()) {
        logger()->warn("{}", committed.error().toString());
        return committed.error();
    }
    common::CrashPoint::hit("store.after-commit");
    for (const IngestOutcome &outcome : outcomes) {
        if (!outcome.refused)
            logger()->debug("mail {} {}", outcome.mailId, outcome.duplicate ? "already stored" : "stored");
    }
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

common::Result<bool> MailStore::containsMessage(const QString &resource, const QString &messageId, const QString &rawSha256) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return MailReader(m_connection.database()).containsMessage(resource, messageId, rawSha256);
}

common::Result<QDateTime> MailStore::newestStoredDate(const QString &resource, const QString &folder) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    return MailReader(m_connection.database()).newestStoredDate(resource, folder);
}

common::Result<qint64> MailStore::resourceId(const QString &resource) const
{
    const QString what = QStringLiteral("register resource \"%1\"").arg(resource);
    const QSqlDatabase db = m_connection.database();
    if (auto inserted = sql::exec(db, what, QStringLiteral("INSERT OR IGNORE INTO resources(name) VALUES (?)"), {resource});
        !inserted.ok())
        return inserted.error();
    auto query = sql::exec(db, what, QStringLiteral("SELECT id FROM resources WHERE name = ?"), {resource});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return common::Error(common::Error::Kind::Storage, QStringLiteral("Could not %1 in the mail store.").arg(what));
    return query.value().value(0).toLongLong();
}

common::Result<std::optional<Checkpoint>> MailStore::checkpoint(const QString &resource, const QString &folder) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    auto query = sql::exec(m_connection.database(), QStringLiteral("read a checkpoint"),
        QStringLiteral("SELECT c.uidvalidity, c.highest_uid, c.newest_date FROM checkpoints c"
                       " JOIN resources r ON r.id = c.resource_id WHERE r.name = ? AND c.folder = ?"),
        {resource, folder});
    if (!query.ok())
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<Checkpoint>();
    return std::optional<Checkpoint>(
        Checkpoint {quint32(q.value(0).toLongLong()), quint32(q.value(1).toLongLong()), sql::dateTime(q.value(2))});
}

common::Result<void> MailStore::setCheckpoint(const QString &resource, const QString &folder, const Checkpoint &checkpoint)
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    SqlTransaction transaction(m_connection.database());
    if (auto begun = transaction.begin(); !begun.ok())
        return begun;
    auto id = resourceId(resource);
    if (!id.ok())
        return id.error();
    auto saved = sql::exec(m_connection.database(), QStringLiteral("save the checkpoint of folder \"%1\"").arg(folder),
        QStringLiteral("INSERT OR REPLACE INTO checkpoints(resource_id, folder, uidvalidity, highest_uid,"
                       " newest_date) VALUES (?, ?, ?, ?, ?)"),
        {id.value(), folder, qint64(checkpoint.uidValidity), qint64(checkpoint.highestUid),
            sql::timestamp(checkpoint.newestDate)});
    if (!saved.ok())
        return saved.error();
    common::CrashPoint::hit("store.checkpoint-before-commit");
    return transaction.commit();
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
    if (incidentId.trimmed().isEmpty()) {
        return common::Error(
            common::Error::Kind::Config, QStringLiteral("Cannot link mail %1: the incident id is empty.").arg(mailId));
    }
    auto row = MailReader(m_connection.database()).rowId(mailId);
    if (!row.ok())
        return row.error();
    auto saved = sql::exec(m_connection.database(), QStringLiteral("link mail %1 to incident %2").arg(mailId, incidentId),
        QStringLiteral("INSERT OR REPLACE INTO incident_links(mail_id, incident_id, linked_at, note)"
                       " VALUES (?, ?, ?, ?)"),
        {row.value(), incidentId, sql::timestamp(now()), note});
    if (!saved.ok())
        return saved.error();
    return {};
}

common::Result<QVector<IncidentLink>> MailStore::incidentLinks(const QString &mailId) const
{
    if (auto open = requireOpen(); !open.ok())
        return open.error();
    auto query = sql::exec(m_connection.database(), QStringLiteral("read the incident links"),
        QStringLiteral("SELECT l.incident_id, l.linked_at, l.note FROM incident_links l"
                       " JOIN mails m ON m.id = l.mail_id WHERE m.mail_id = ?"
                       " ORDER BY l.linked_at, l.incident_id"),
        {mailId});
    if (!query.ok())
        return query.error();
    QVector<IncidentLink> links;
    QSqlQuery &q = query.value();
    while (q.next())
        links.append({mailId, q.value(0).toString(), sql::dateTime(q.value(1)), q.value(2).toString()});
    return links;
}

common::Result<void> MailStore::setDeliveryState(
    const QString &mailId, DeliveryState state, const QString &soarIncidentId, const QString &soarMessage)
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    auto updated = sql::exec(m_connection.database(), QStringLiteral("update the delivery state of mail %1").arg(mailId),
        QStringLiteral("UPDATE mails SET delivery_state = ?, soar_incident_id = ?, soar_message = ?"
                       " WHERE mail_id = ?"),
        {deliveryStateName(state), soarIncidentId, soarMessage, mailId});
    if (!updated.ok())
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return MailReader::notFound(mailId);
    return {};
}

common::Result<void> MailStore::checkIntegrity() const
{
    if (auto open = requireOpen(); !open.ok())
        return open;
    const QString what = QStringLiteral("check integrity");
    QStringList problems;
    {
        auto query = sql::exec(m_connection.database(), what, QStringLiteral("PRAGMA integrity_check"));
        if (!query.ok())
            return query.error();
        while (query.value().next()) {
            const QString line = query.value().value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    {
        auto query = sql::exec(m_connection.database(), what, QStringLiteral("PRAGMA foreign_key_check"));
        if (!query.ok())
            return query.error();
        while (query.value().next())
            problems << QStringLiteral("dangling reference in table %1, row %2")
                            .arg(query.value().value(0).toString(), query.value().value(1).toString());
    }
    if (problems.isEmpty())
        return {};
    return common::Error(common::Error::Kind::Storage,
        QStringLiteral("The mail store %1 is damaged; restore it from a backup or move it away so a new "
                       "one is created.")
            .arg(m_connection.database().databaseName()),
        problems.join(QLatin1Char('\n')));
}

} // namespace soar::store
