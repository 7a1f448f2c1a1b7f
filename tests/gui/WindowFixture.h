#pragma once

#include "DialogAnswerer.h"
#include "FakeSecretStore.h"
#include "MainWindow.h"
#include "common/LogRingBuffer.h"
#include "settings/SettingsFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace soar::test::gui {

// A settings file in a temporary directory, an in-memory keychain, a log buffer and a main
// window on them whose dialogs are answered by `script`.
struct WindowFixture {
    QTemporaryDir dir;
    FakeSecretStore secrets;
    common::LogRingBuffer log {100};
    DialogAnswerer script;
    std::unique_ptr<ui::MainWindow> window;

    QString settingsPath() const { return dir.filePath(QStringLiteral("settings.json")); }

    static settings::ResourceSettings validResource(const QString &name)
    {
        settings::ResourceSettings r;
        r.name = name;
        r.imap.host = QStringLiteral("imap.example.test");
        r.imap.username = QStringLiteral("analyst@example.test");
        return r;
    }

    bool writeSettings(const QList<settings::ResourceSettings> &resources)
    {
        settings::AppSettings app;
        app.resources = resources;
        return settings::SettingsFile::save(settingsPath(), app).ok();
    }

    ui::MainWindow *open()
    {
        window.reset();
        window = std::make_unique<ui::MainWindow>(settingsPath(), &secrets, &log);
        window->show();
        return window.get();
    }

    QByteArray fileContents() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace soar::test::gui
