#pragma once

#include "settings/ResourceSettings.h"
#include "settings/SettingsIssue.h"

#include <QCoreApplication>

namespace soar::settings {

// Checks what JSON types cannot: ranges, formats, combinations. Every issue names the
// resource and key and says how to fix it. (The pre-filters are checked by rules::FilterSpec.)
class SettingsValidator {
    Q_DECLARE_TR_FUNCTIONS(soar::settings::SettingsValidator)

public:
    static QList<SettingsIssue> validate(const AppSettings &settings);
    static QList<SettingsIssue> validate(const ResourceSettings &resource);

    // Resource names become keychain keys, lock files and CLI arguments.
    static bool isValidName(const QString &name);
};

} // namespace soar::settings
