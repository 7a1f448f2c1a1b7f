#pragma once

#include "common/Result.h"
#include "settings/ResourceSettings.h"
#include "settings/SettingsIssue.h"

#include <QByteArray>

namespace soar::settings {

// The one JSON settings file shared by soar-imap and soar-imapd (docs/configuration.md).
// Reading is strict: unknown keys, wrong types and secrets put into the file are reported with
// the exact key, so a typo in a hand-written file never silently falls back to a default.
class SettingsFile {
public:
    // A missing file is not an error: it is the first run, with no resources.
    static common::Result<AppSettings> load(const QString &path);
    // Atomic write (temporary file + rename), owner-only permissions.
    static common::Result<void> save(const QString &path, const AppSettings &settings);

    static common::Result<AppSettings> fromJson(const QByteArray &json);
    static QByteArray toJson(const AppSettings &settings);
};

} // namespace soar::settings
