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
    // With OAuth, secret is the access token and the user is the mailbox account, else the
    // username, else the account that signed in.
    static imap::Credentials credentials(
        const settings::ResourceSettings &resource, const QString &secret, const QString &oauthAccount = QString());
    // Validates the pre-filters; the error names the filter field.
    static common::Result<rules::FilterSpec> filters(const settings::ResourceSettings &resource);
    static common::Result<rules::FetchPlan> plan(
        const settings::ResourceSettings &resource, const std::optional<store::Checkpoint> &checkpoint);
    static std::optional<rules::Checkpoint> toRules(const std::optional<store::Checkpoint> &checkpoint);
};

} // namespace soar::daemon
