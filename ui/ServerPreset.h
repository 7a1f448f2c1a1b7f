#pragma once

#include "settings/ResourceSettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace soar::ui {

// A well-known mail provider's IMAP endpoint, offered by the first-run setup so the analyst
// only types what is personal. Microsoft 365 and Google Workspace sign in with OAuth (their
// IMAP refuses ordinary passwords); the others log in with an (app) password. "Custom" has no host.
struct ServerPreset {
    QString id; // stable, for tests and object names: "microsoft365", "google", "gmail", "yahoo", "custom"
    QString name; // shown, translated
    QString host;
    int port = 993;
    settings::ImapSecurity security = settings::ImapSecurity::Tls;
    QString hint; // what the provider needs, translated; may hold a link
    std::optional<settings::OAuthProvider> oauth; // set: sign in with this provider instead of a password

    static QList<ServerPreset> all();
    // docs/oauth.md as installed, at a section's anchor.
    static QString oauthDocsLink(const QString &anchor);
};

} // namespace soar::ui
