#pragma once

#include "store/MailStore.h"

namespace soar::test {

// The daemon stores mail in groups (MailStore::ingestBatch); many tests store one at a time.
// Duplicate detection as for a group; a refused mail becomes the error.
inline common::Result<store::IngestOutcome> ingestOne(store::MailStore &store, const store::IncomingMail &mail)
{
    auto outcomes = store.ingestBatch({mail});
    if (!outcomes.ok())
        return outcomes.error();
    const store::IngestOutcome &outcome = outcomes.value().constFirst();
    if (outcome.refused)
        return outcome.refused;
    return outcome;
}

} // namespace soar::test
