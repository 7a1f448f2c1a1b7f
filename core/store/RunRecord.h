#pragma once

#include <QDateTime>
#include <QString>

namespace soar::store {

// One fetch run of one resource, for the run history view and `soar-imapd status`.
struct RunRecord {
    qint64 id = 0; // assigned by MailStore::recordRun
    QString resource;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int matched = 0; // UIDs the server SEARCH returned
    int downloaded = 0;
    int droppedByClientCheck = 0; // fetched but rejected by the exact pre-filter check
    int stored = 0;
    int duplicates = 0;
    int failed = 0;
    // Read, not recorded: of the mails this run queued for Cloud SOAR, how many it took so far.
    int delivered = 0;
    qint64 bytes = 0;
    QString error; // empty when the run succeeded
};

} // namespace soar::store
