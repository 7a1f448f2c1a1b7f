#pragma once

#include "settings/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace soar::test {

// An in-memory SecretStore for unit tests; answers asynchronously like the real keychain.
class MemorySecretStore final : public settings::SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QHash<QString, QString> entries;
    int reads = 0;

    void read(const QString &key, ReadCallback done) override
    {
        ++reads;
        QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
            if (!entries.contains(key))
                done(common::Error(common::Error::Kind::NotFound, QStringLiteral("No secret is stored for %1 yet.").arg(key)));
            else
                done(entries.value(key));
        });
    }
    void write(const QString &key, const QString &secret, WriteCallback done) override
    {
        entries.insert(key, secret);
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
    }
    void remove(const QString &key, WriteCallback done) override
    {
        entries.remove(key);
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
    }
};

} // namespace soar::test
