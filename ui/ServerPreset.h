#pragma once

#include "settings/ResourceSettings.h"

#include <QList>
#include <QString>

namespace soar::ui {

// A well-known mail provider's IMAP endpoint, offered by the first-run setup so the analyst
// only types what is personal (username, password). "Custom" has no host.
struct ServerPreset {
    QString id; // stable, for tests and object names: "microsoft365", "gmail", "yahoo", "custom"
    QString name; // shown, translated
    QString host;
    int port = 993;
    settings::ImapSecurity security = settings::ImapSecurity::Tls;
    QString hint; // what the provider needs beyond the password, translated; may be empty

    static QList<ServerPreset> all();
};

} // namespace soar::ui
