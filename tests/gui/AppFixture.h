#pragma once

#include "AppController.h"
#include "RigEnvironment.h"
#include "RigResource.h"
#include "WindowFixture.h"
#include "store/MailStore.h"

#include <QHash>

#include <memory>

namespace soar::test::gui {

// The desktop app wired as main() wires it: settings file and keychain entries in a temporary
// directory, the mail store (and its SOAR outbox) there, the main window on them and the
// AppController started.
struct AppFixture {
    WindowFixture fixture;
    store::MailStore store;
    std::unique_ptr<ui::AppController> controller;

    // A resource fetching carol's `folder` from the rig's Dovecot over IMAPS.
    static settings::ResourceSettings rigResource(const QString &name, const QString &folder)
    {
        return test::rigResource(name, RigEnvironment::kCarol, folder);
    }

    // secrets: keychain entries by key ("<resource>/imap-password", "<resource>/soar-secret").
    bool open(const QList<settings::ResourceSettings> &resources, const QHash<QString, QString> &secrets)
    {
        const QString storePath = fixture.dir.filePath(QStringLiteral("mail.db"));
        if (!fixture.writeSettings(resources) || !store.open(storePath).ok())
            return false;
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            fixture.secrets.entries.insert(it.key(), it.value());
        fixture.window = std::make_unique<ui::MainWindow>(fixture.settingsPath(), &fixture.secrets, &fixture.log, &store);
        fixture.window->show();
        controller
            = std::make_unique<ui::AppController>(fixture.window.get(), &store, &fixture.secrets, fixture.dir.path(), storePath);
        controller->start();
        return true;
    }

    ui::MainWindow *window() const { return fixture.window.get(); }
};

} // namespace soar::test::gui
