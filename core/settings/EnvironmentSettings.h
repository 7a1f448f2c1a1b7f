#pragma once

#include "common/Result.h"
#include "settings/ResourceSettings.h"

#include <QProcessEnvironment>

#include <optional>

namespace soar::settings {

// One resource described by environment variables, as the Cloud SOAR integration framework
// passes an integration's fields to its daemon: SOAR_IMAP_HOST, SOAR_IMAP_PORT,
// SOAR_IMAP_SECURITY, SOAR_IMAP_USERNAME, SOAR_IMAP_MAILBOX_ACCOUNT, SOAR_IMAP_FOLDER,
// SOAR_IMAP_FETCH_TYPE, SOAR_IMAP_MARK_SEEN, SOAR_IMAP_FILTER_<FIELD> (FROM, TO, SUBJECT,
// TEXT_BODY, HEADER, HEADER_FIELD, NOT_FROM, ... NOT_HEADER_FIELD), SOAR_URL, SOAR_AUTH,
// SOAR_ACCESS_ID, SOAR_INCIDENT_TEMPLATE_ID. Secrets stay in SOAR_IMAP_PASSWORD / SOAR_IMAP_SECRET.
// The same strict reader as the settings file checks every value (docs/configuration.md).
class EnvironmentSettings {
public:
    // nullopt when SOAR_IMAP_HOST is not set; an error names the variable that is wrong.
    static std::optional<common::Result<AppSettings>> read(const QProcessEnvironment &environment);
};

} // namespace soar::settings
