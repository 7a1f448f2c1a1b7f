#pragma once

#include "settings/SecretStore.h"

namespace soar::settings {

// SecretStore on QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux, the Keychain on
// macOS, the Credential Store on Windows. Every secret read is registered with the Redactor so
// that it can never be logged by accident.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("soar-imap"), QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace soar::settings
