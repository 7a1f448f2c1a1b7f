#include "ResourceCatalog.h"

#include "settings/SecretKeys.h"
#include "settings/SecretStore.h"
#include "settings/SettingsFile.h"
#include "settings/SettingsValidator.h"

#include <algorithm>

namespace soar::ui {

using common::Error;
using common::Result;
using settings::SecretKeys;

ResourceCatalog::ResourceCatalog(QString path, settings::SecretStore *secrets, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_secrets(secrets)
{ }

Result<void> ResourceCatalog::load()
{
    Result<settings::AppSettings> loaded = settings::SettingsFile::load(m_path);
    if (!loaded.ok()) {
        m_fileError = loaded.error();
        m_settings = {};
        return loaded.error();
    }
    m_fileError.reset();
    m_settings = std::move(loaded).value();
    return {};
}

QStringList ResourceCatalog::names() const
{
    QStringList out;
    for (const settings::ResourceSettings &r : m_settings.resources)
        out.append(r.name);
    return out;
}

std::optional<QString> ResourceCatalog::nameProblem(const QString &name, const QString &ignoring) const
{
    if (name.isEmpty())
        return tr("A resource needs a name, e.g. soc-inbox.");
    if (!settings::SettingsValidator::isValidName(name))
        return tr("'%1' may only use letters, digits, space and . _ @ - (at most 64 characters).").arg(name);
    for (const settings::ResourceSettings &r : m_settings.resources) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0 && r.name.compare(ignoring, Qt::CaseInsensitive) != 0)
            return tr("Another resource is already called '%1'.").arg(r.name);
    }
    return std::nullopt;
}

QString ResourceCatalog::freeName(const QString &base) const
{
    if (!nameProblem(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(i);
        if (!nameProblem(candidate))
            return candidate;
    }
}

Result<void> ResourceCatalog::writeFile(const settings::AppSettings &next)
{
    if (m_fileError)
        return Error(Error::Kind::Config,
            tr("The settings file %1 has errors, so it is not overwritten. Fix it by hand and restart: %2")
                .arg(m_path, m_fileError->message));
    Result<void> saved = settings::SettingsFile::save(m_path, next);
    if (!saved.ok())
        return saved;
    m_settings = next;
    return {};
}

void ResourceCatalog::save(const QString &previousName, const settings::ResourceSettings &resource,
    const ResourceSecrets &secrets, const ResourceSecrets &previousSecrets, Done done)
{
    settings::AppSettings next = m_settings;
    bool replaced = false;
    for (settings::ResourceSettings &r : next.resources) {
        if (!previousName.isEmpty() && r.name == previousName) {
            r = resource;
            replaced = true;
        }
    }
    if (!replaced)
        next.resources.append(resource);
    if (const Result<void> written = writeFile(next); !written.ok()) {
        done(written);
        return;
    }

    QList<std::function<void(Done)>> steps;
    auto stepFor = [&](const QString &key, const QString &secret, const QString &previous) {
        if (!secret.isEmpty())
            steps.append(writeStep(key, secret));
        else if (!previous.isEmpty())
            steps.append(removeStep(key));
    };
    stepFor(SecretKeys::imapPassword(resource.name), secrets.imapPassword, previousSecrets.imapPassword);
    stepFor(SecretKeys::soarSecret(resource.name), secrets.soarSecret, previousSecrets.soarSecret);
    stepFor(SecretKeys::oauthClientSecret(resource.name), secrets.oauthClientSecret, previousSecrets.oauthClientSecret);
    runSecretSteps(steps, std::move(done), tr("The settings were saved, but the keychain could not store a secret"));
}

void ResourceCatalog::remove(const QString &name, Done done)
{
    settings::AppSettings next = m_settings;
    next.resources.erase(std::remove_if(next.resources.begin(), next.resources.end(),
                             [&](const settings::ResourceSettings &r) { return r.name == name; }),
        next.resources.end());
    if (const Result<void> written = writeFile(next); !written.ok()) {
        done(written);
        return;
    }
    runSecretSteps({removeStep(SecretKeys::imapPassword(name)), removeStep(SecretKeys::soarSecret(name)),
                       removeStep(SecretKeys::oauthClientSecret(name)), removeStep(SecretKeys::oauthGrant(name))},
        std::move(done), tr("The resource was removed, but its keychain entries could not be deleted"));
}

void ResourceCatalog::rename(const QString &from, const QString &to, Done done)
{
    if (const auto problem = nameProblem(to, from)) {
        done(Error(Error::Kind::Config, *problem));
        return;
    }
    settings::AppSettings next = m_settings;
    for (settings::ResourceSettings &r : next.resources) {
        if (r.name == from)
            r.name = to;
    }
    if (const Result<void> written = writeFile(next); !written.ok()) {
        done(written);
        return;
    }
    runSecretSteps({moveStep(SecretKeys::imapPassword(from), SecretKeys::imapPassword(to)),
                       moveStep(SecretKeys::soarSecret(from), SecretKeys::soarSecret(to)),
                       moveStep(SecretKeys::oauthClientSecret(from), SecretKeys::oauthClientSecret(to)),
                       moveStep(SecretKeys::oauthGrant(from), SecretKeys::oauthGrant(to))},
        std::move(done), tr("The resource was renamed, but its keychain entries could not be moved"));
}

void ResourceCatalog::runSecretSteps(QList<std::function<void(Done)>> steps, Done done, const QString &context)
{
    if (steps.isEmpty()) {
        done({});
        return;
    }
    auto first = steps.takeFirst();
    first([this, steps = std::move(steps), done = std::move(done), context](const Result<void> &result) mutable {
        if (!result.ok()) {
            done(Error(result.error().kind, context + QStringLiteral(": ") + result.error().message, result.error().detail));
            return;
        }
        runSecretSteps(std::move(steps), std::move(done), context);
    });
}

std::function<void(ResourceCatalog::Done)> ResourceCatalog::writeStep(const QString &key, const QString &secret)
{
    return [this, key, secret](Done next) { m_secrets->write(key, secret, std::move(next)); };
}

std::function<void(ResourceCatalog::Done)> ResourceCatalog::removeStep(const QString &key)
{
    return [this, key](Done next) {
        m_secrets->remove(key, [next = std::move(next)](const Result<void> &result) {
            // Nothing to delete is what we wanted.
            next(!result.ok() && result.error().kind == Error::Kind::NotFound ? Result<void>() : result);
        });
    };
}

std::function<void(ResourceCatalog::Done)> ResourceCatalog::moveStep(const QString &from, const QString &to)
{
    return [this, from, to](Done next) {
        m_secrets->read(from, [this, from, to, next = std::move(next)](const Result<QString> &read) mutable {
            if (!read.ok()) {
                next(read.error().kind == Error::Kind::NotFound ? Result<void>() : Result<void>(read.error()));
                return;
            }
            m_secrets->write(to, read.value(), [this, from, next = std::move(next)](const Result<void> &written) mutable {
                if (!written.ok()) {
                    next(written);
                    return;
                }
                removeStep(from)(std::move(next));
            });
        });
    };
}

} // namespace soar::ui
