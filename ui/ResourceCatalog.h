#pragma once

#include "ResourceSecrets.h"
#include "common/Result.h"
#include "settings/ResourceSettings.h"

#include <QObject>

#include <functional>
#include <optional>

namespace soar::settings {
class SecretStore;
}

namespace soar::ui {

// The saved resources: the settings file plus each resource's keychain entries. Every change
// is written at once (file first, then secrets), so the file only ever holds saved resources.
class ResourceCatalog : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const common::Result<void> &)>;

    ResourceCatalog(QString path, settings::SecretStore *secrets, QObject *parent = nullptr);

    // A file with errors is reported and then protected: nothing is written over it.
    common::Result<void> load();
    const settings::AppSettings &settings() const { return m_settings; }
    QStringList names() const;
    const settings::ResourceSettings *resource(const QString &name) const { return m_settings.resource(name); }
    QString path() const { return m_path; }

    // Why name cannot be used for a resource (invalid or taken), or nullopt when it can.
    std::optional<QString> nameProblem(const QString &name, const QString &ignoring = {}) const;
    // base, or "base 2", "base 3", ... whichever is free.
    QString freeName(const QString &base) const;

    // Stores resource in place of the one named previousName (appends when there is none).
    // Secrets that were emptied are removed from the keychain.
    void save(const QString &previousName, const settings::ResourceSettings &resource, const ResourceSecrets &secrets,
        const ResourceSecrets &previousSecrets, Done done);
    void remove(const QString &name, Done done);
    void rename(const QString &from, const QString &to, Done done);

private:
    common::Result<void> writeFile(const settings::AppSettings &next);
    // Runs the keychain steps one after another and reports the first failure.
    void runSecretSteps(QList<std::function<void(Done)>> steps, Done done, const QString &context);
    std::function<void(Done)> writeStep(const QString &key, const QString &secret);
    std::function<void(Done)> removeStep(const QString &key);
    std::function<void(Done)> moveStep(const QString &from, const QString &to);

    QString m_path;
    settings::SecretStore *m_secrets;
    settings::AppSettings m_settings;
    std::optional<common::Error> m_fileError;
};

} // namespace soar::ui
