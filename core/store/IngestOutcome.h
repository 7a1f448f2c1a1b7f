#pragma once

#include <QString>

namespace soar::store {

// Result of storing one mail: its stable id, and whether it was already there.
struct IngestOutcome {
    QString mailId;
    bool duplicate = false;
};

} // namespace soar::store
