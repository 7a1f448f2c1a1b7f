#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace soar::store {

// The store's schema history. The version lives in PRAGMA user_version; each step runs in its
// own write transaction and re-reads the version inside it, so two processes opening the same
// file at once (GUI and daemon) never apply a step twice.
//   v1  resources, raw_messages, mails, attachments, incident_links, checkpoints
//   v2  mail_fts: FTS5 index over subject, addresses, body text and attachment names
//   v3  runs: fetch run history with counters
//   v4  outbox: the persistent SOAR delivery queue (see Outbox)
class SchemaMigrations {
public:
    static int latestVersion();

    static common::Result<int> currentVersion(const QSqlDatabase &db);

    // Brings db up to targetVersion (tests stop at an earlier one to build old stores).
    // A store newer than this build is refused rather than touched.
    static common::Result<void> migrate(const QSqlDatabase &db, int targetVersion = latestVersion());
};

} // namespace soar::store
