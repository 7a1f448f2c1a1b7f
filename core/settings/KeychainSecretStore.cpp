#include "settings/KeychainSecretStore.h"

#include "common/Logging.h"
#include "common/Redactor.h"

#include <qt6keychain/keychain.h>

namespace soar::settings {

using common::Error;

namespace {

Error keychainError(QKeychain::Error code, const QString &detail, const QString &key)
{
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(Error::Kind::NotFound, QObject::tr("No secret is stored for %1 yet.").arg(key), detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Error::Kind::Storage,
            QObject::tr("The keychain refused access to %1. Unlock your keyring and try again.").arg(key), detail);
    case QKeychain::NoBackendAvailable:
        return Error(Error::Kind::Storage,
            QObject::tr("No keychain is available (Secret Service / GNOME Keyring / KWallet). Start one, or use a "
                        "password command or the SOAR_IMAP_PASSWORD environment variable for soar-imapd."),
            detail);
    case QKeychain::OtherError:
        // On Linux this is mostly "no session bus" or "no Secret Service on it" (QtKeychain
        // reports D-Bus connection failures this way): say what to start or use instead.
        return Error(Error::Kind::Storage,
            QObject::tr("The keychain could not be reached for %1 (%2). Start a Secret Service (GNOME Keyring, "
                        "KWallet) in this session and unlock it, or use a password command or the SOAR_IMAP_PASSWORD "
                        "environment variable for soar-imapd.")
                .arg(key, detail),
            detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return Error(Error::Kind::Storage, QObject::tr("The keychain failed for %1.").arg(key), detail);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent) : SecretStore(parent), m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(keychainError(job->error(), job->errorString(), key));
            return;
        }
        const QString secret = job->textData();
        common::Redactor::registerSecret(secret);
        done(secret);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    common::Redactor::registerSecret(secret);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(keychainError(job->error(), job->errorString(), key));
            return;
        }
        common::Logging::get("settings")->debug("stored secret {}", key);
        done({});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        const auto error = job->error();
        // Removing what is not there is success: the end state is the same.
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
            done(keychainError(error, job->errorString(), key));
            return;
        }
        done({});
    });
    job->start();
}

} // namespace soar::settings
