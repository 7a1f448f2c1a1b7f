#pragma once

#include "common/Error.h"

#include <QString>

namespace soar::store {

// Result of storing one mail: its stable id, and whether it was already there; or, when the
// mail itself is unusable (no UID, no bytes...), why it was refused. A refused mail never
// takes the rest of its batch down with it.
struct IngestOutcome {
    QString mailId;
    bool duplicate = false;
    common::Error refused; // set: nothing of this mail was stored
};

} // namespace soar::store
