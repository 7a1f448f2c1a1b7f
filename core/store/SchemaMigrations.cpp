#include "store/SchemaMigrations.h"

#include "store/Sql.h"
#include "store/SqlTransaction.h"

#include <QStringList>
#include <QVector>

namespace soar::store {

namespace {

struct Migration {
    int version;
    QStringList statements;
};

// Times are UTC milliseconds since the epoch. Never edit a shipped step: add a new one.
QVector<Migration> migrations()
{
    return {
        {1,
            {
                QStringLiteral("CREATE TABLE resources ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE)"),
                // Content-addressed and zlib-compressed (qCompress): two folders holding the
                // same bytes share one row.
                QStringLiteral("CREATE TABLE raw_messages ("
                               " sha256 TEXT PRIMARY KEY,"
                               " size INTEGER NOT NULL,"
                               " data BLOB NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE mails ("
                               " id INTEGER PRIMARY KEY,"
                               " mail_id TEXT NOT NULL UNIQUE,"
                               " resource_id INTEGER NOT NULL REFERENCES resources(id),"
                               " folder TEXT NOT NULL,"
                               " uidvalidity INTEGER NOT NULL,"
                               " uid INTEGER NOT NULL,"
                               " message_id TEXT NOT NULL,"
                               " raw_sha256 TEXT NOT NULL REFERENCES raw_messages(sha256),"
                               " date INTEGER,"
                               " internal_date INTEGER,"
                               " from_display TEXT NOT NULL,"
                               " from_address TEXT NOT NULL,"
                               " to_addrs TEXT NOT NULL,"
                               " cc_addrs TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " size INTEGER NOT NULL,"
                               " flags TEXT NOT NULL,"
                               " attachment_count INTEGER NOT NULL,"
                               " fetched_at INTEGER NOT NULL,"
                               " delivery_state TEXT NOT NULL DEFAULT 'none'"
                               "  CHECK (delivery_state IN ('none', 'pending', 'delivered', 'failed')),"
                               " soar_incident_id TEXT NOT NULL DEFAULT '',"
                               " soar_message TEXT NOT NULL DEFAULT '',"
                               " UNIQUE (resource_id, folder, uidvalidity, uid))"),
                QStringLiteral("CREATE INDEX mails_by_content ON mails(resource_id, message_id, raw_sha256)"),
                QStringLiteral("CREATE INDEX mails_by_date ON mails(date, id)"),
                QStringLiteral("CREATE INDEX mails_by_from ON mails(from_display COLLATE NOCASE, id)"),
                QStringLiteral("CREATE INDEX mails_by_to ON mails(to_addrs COLLATE NOCASE, id)"),
                QStringLiteral("CREATE INDEX mails_by_subject ON mails(subject COLLATE NOCASE, id)"),
                QStringLiteral("CREATE INDEX mails_by_size ON mails(size, id)"),
                QStringLiteral("CREATE INDEX mails_by_resource_date ON mails(resource_id, date, id)"),
                QStringLiteral("CREATE INDEX mails_by_folder_date ON mails(resource_id, folder, internal_date)"),
                QStringLiteral("CREATE INDEX mails_by_delivery ON mails(delivery_state, date, id)"),
                QStringLiteral("CREATE TABLE attachments ("
                               " id INTEGER PRIMARY KEY,"
                               " mail_id INTEGER NOT NULL REFERENCES mails(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL,"
                               " file_name TEXT NOT NULL,"
                               " content_type TEXT NOT NULL,"
                               " size INTEGER NOT NULL,"
                               " md5 TEXT NOT NULL,"
                               " sha1 TEXT NOT NULL,"
                               " sha256 TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX attachments_by_mail ON attachments(mail_id, position)"),
                QStringLiteral("CREATE INDEX attachments_by_sha256 ON attachments(sha256)"),
                QStringLiteral("CREATE TABLE incident_links ("
                               " mail_id INTEGER NOT NULL REFERENCES mails(id) ON DELETE CASCADE,"
                               " incident_id TEXT NOT NULL,"
                               " linked_at INTEGER NOT NULL,"
                               " note TEXT NOT NULL,"
                               " PRIMARY KEY (mail_id, incident_id))"),
                QStringLiteral("CREATE TABLE checkpoints ("
                               " resource_id INTEGER NOT NULL REFERENCES resources(id),"
                               " folder TEXT NOT NULL,"
                               " uidvalidity INTEGER NOT NULL,"
                               " highest_uid INTEGER NOT NULL,"
                               " newest_date INTEGER,"
                               " PRIMARY KEY (resource_id, folder))"),
            }},
        {2,
            {
                QStringLiteral("CREATE VIRTUAL TABLE mail_fts USING fts5("
                               "subject, addresses, body, attachments,"
                               " tokenize = 'unicode61 remove_diacritics 2')"),
                // Mails stored before v2: their body text was never kept, so only headers and
                // attachment names become searchable.
                QStringLiteral("INSERT INTO mail_fts(rowid, subject, addresses, body, attachments)"
                               " SELECT m.id, m.subject,"
                               "  m.from_display || ' ' || m.from_address || ' ' || m.to_addrs || ' ' || m.cc_addrs,"
                               "  '',"
                               "  coalesce((SELECT group_concat(a.file_name, ' ') FROM attachments a WHERE a.mail_id = m.id), '')"
                               " FROM mails m"),
            }},
        {3,
            {
                QStringLiteral("CREATE TABLE runs ("
                               " id INTEGER PRIMARY KEY,"
                               " resource TEXT NOT NULL,"
                               " started_at INTEGER NOT NULL,"
                               " duration_ms INTEGER NOT NULL,"
                               " matched INTEGER NOT NULL,"
                               " downloaded INTEGER NOT NULL,"
                               " dropped_by_client_check INTEGER NOT NULL,"
                               " stored INTEGER NOT NULL,"
                               " duplicates INTEGER NOT NULL,"
                               " failed INTEGER NOT NULL,"
                               " bytes INTEGER NOT NULL,"
                               " error TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX runs_by_resource ON runs(resource, started_at)"),
            }},
        {4,
            {
                // The SOAR delivery queue. The idempotency key is UNIQUE: enqueuing a mail twice
                // (a re-fetch, a second daemon) keeps one row, and a delivered row remembers
                // that the key is done. 'delivering' is written before the request, so a crash
                // mid-request leaves a row to re-send with the same key.
                QStringLiteral("CREATE TABLE outbox ("
                               " id INTEGER PRIMARY KEY,"
                               " mail_id INTEGER NOT NULL REFERENCES mails(id) ON DELETE CASCADE,"
                               " resource TEXT NOT NULL,"
                               " idempotency_key TEXT NOT NULL UNIQUE,"
                               " state TEXT NOT NULL DEFAULT 'pending'"
                               "  CHECK (state IN ('pending', 'delivering', 'delivered', 'failed', 'parked')),"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt_at INTEGER NOT NULL,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " http_status INTEGER NOT NULL DEFAULT 0,"
                               " soar_incident_id TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX outbox_due ON outbox(resource, state, next_attempt_at, id)"),
                QStringLiteral("CREATE INDEX outbox_by_mail ON outbox(mail_id)"),
            }},
        {5,
            {
                // Raw mails move out of SQLite into append-only segment files (RawArchive):
                // an archived row keeps an empty blob and says where its bytes are. Rows
                // written before stay blobs and are read as before.
                QStringLiteral("ALTER TABLE raw_messages ADD COLUMN archive_segment INTEGER"),
                QStringLiteral("ALTER TABLE raw_messages ADD COLUMN archive_offset INTEGER"),
            }},
        {6,
            {
                // The full-text index keeps no copy of the text (contentless): the body text
                // was written twice (index and a copy nobody reads) and made up most of the
                // store. Matching needs only the index; the text can be re-derived from the raw
                // mail. Deleting a row needs its original values (FTS5 'delete' command).
                QStringLiteral("CREATE VIRTUAL TABLE mail_fts_v6 USING fts5("
                               "subject, addresses, body, attachments, content = '',"
                               " tokenize = 'unicode61 remove_diacritics 2')"),
                QStringLiteral("INSERT INTO mail_fts_v6(rowid, subject, addresses, body, attachments)"
                               " SELECT rowid, subject, addresses, body, attachments FROM mail_fts"),
                // Merge index segments when 16 (not 4) wait on one level: a third less work per
                // stored mail, at the price of a few more segments for a search to look in.
                QStringLiteral("INSERT INTO mail_fts_v6(mail_fts_v6, rank) VALUES ('automerge', 16)"),
                QStringLiteral("DROP TABLE mail_fts"),
                QStringLiteral("ALTER TABLE mail_fts_v6 RENAME TO mail_fts"),
            }},
        {7,
            {
                // The Runs tab counts each run's delivered mail: outbox rows of its resource,
                // state 'delivered', created while it ran. outbox_due orders by next attempt,
                // so that count read every delivered row of the resource, for every run.
                QStringLiteral("CREATE INDEX outbox_delivered_by_time ON outbox(resource, state, created_at)"),
            }},
    };
}

common::Result<void> applyStep(const QSqlDatabase &db, const Migration &step)
{
    SqlTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun.ok())
        return begun.error();
    // Another process may have migrated while we waited for the write lock.
    auto version = SchemaMigrations::currentVersion(db);
    if (!version.ok())
        return version.error();
    if (version.value() >= step.version)
        return {};
    const QString what = QStringLiteral("upgrade the schema to version %1").arg(step.version);
    for (const QString &statement : step.statements) {
        if (auto done = sql::exec(db, what, statement); !done.ok())
            return done.error();
    }
    if (auto done = sql::exec(db, what, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !done.ok())
        return done.error();
    return transaction.commit();
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return migrations().constLast().version;
}

common::Result<int> SchemaMigrations::currentVersion(const QSqlDatabase &db)
{
    auto query = sql::exec(db, QStringLiteral("read the schema version"), QStringLiteral("PRAGMA user_version"));
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return common::Error(common::Error::Kind::Storage, QStringLiteral("The mail store did not report a schema version"));
    return query.value().value(0).toInt();
}

common::Result<void> SchemaMigrations::migrate(const QSqlDatabase &db, int targetVersion)
{
    auto version = currentVersion(db);
    if (!version.ok())
        return version.error();
    if (version.value() > latestVersion()) {
        return common::Error(common::Error::Kind::Storage,
            QStringLiteral("The mail store %1 was written by a newer soar-imap (schema version %2; this "
                           "version understands up to %3). Update soar-imap or use another data directory.")
                .arg(db.databaseName())
                .arg(version.value())
                .arg(latestVersion()));
    }
    for (const Migration &step : migrations()) {
        if (step.version <= version.value() || step.version > targetVersion)
            continue;
        if (auto applied = applyStep(db, step); !applied.ok())
            return applied.error();
    }
    return {};
}

} // namespace soar::store
