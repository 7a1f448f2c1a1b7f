#pragma once

#include "common/Result.h"
#include "imap/Credentials.h"
#include "imap/SessionOptions.h"
#include "rules/FetchPlan.h"
#include "settings/ResourceSettings.h"
#include "store/Checkpoint.h"

#include <optional>

namespace soar::daemon {

// Turns a resource's settings into what the IMAP engine and the fetch rules take.
class ResourceMapping {
public:
    static imap::SessionOptions sessionOptions(const settings::ResourceSettings &resource);
    // The Mailbox Account becomes the SASL authorization identity when it differs from the
    // username (a shared mailbox reached through another account).
    static imap::Credentials credentials(const settings::ResourceSettings &resource, const QString &password);
    // Validates the pre-filters; the error names the filter field.
    static common::Result<rules::FilterSpec> filters(const settings::ResourceSettings &resource);
    static common::Result<rules::FetchPlan> plan(
        const settings::ResourceSettings &resource, const std::optional<store::Checkpoint> &checkpoint);
    static std::optional<rules::Checkpoint> toRules(const std::optional<store::Checkpoint> &checkpoint);
};

} // namespace soar::daemon
