#pragma once

#include "settings/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace soar::test {

// An in-memory keychain for the OAuth tests, asynchronous like the real one; counts writes so
// tests see a rotated refresh token being saved.
class FakeKeychain final : public settings::SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QHash<QString, QString> entries;
    int writes = 0;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
};

} // namespace soar::test
