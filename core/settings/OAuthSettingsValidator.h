#pragma once

#include "settings/ResourceSettings.h"

#include <QList>
#include <QString>

#include <utility>

namespace soar::settings {

// The checks for imap.oauth when imap.auth is "oauth2": (key, message) pairs, each naming what
// is wrong and how to fix it.
class OAuthSettingsValidator {
public:
    static QList<std::pair<QString, QString>> validate(const ImapSettings &imap);
    // https, or http only to this machine (test servers).
    static bool isAcceptableEndpoint(const QString &url);
};

} // namespace soar::settings
