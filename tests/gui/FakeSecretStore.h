#pragma once

#include "settings/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace soar::test {

// An in-memory SecretStore answering asynchronously like the keychain. (Like
// tests/support/settings/MemorySecretStore.h, but without Q_OBJECT: GUI tests do not build that
// support library, and this class adds no signals.)
class FakeSecretStore final : public settings::SecretStore {
public:
    using SecretStore::SecretStore;

    QHash<QString, QString> entries;
    bool failWrites = false;
    // Reads asked for and not answered yet: 0 once a form shows everything the keychain holds.
    int readsInFlight = 0;

    void read(const QString &key, ReadCallback done) override
    {
        ++readsInFlight;
        QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
            if (!entries.contains(key))
                done(common::Error(common::Error::Kind::NotFound, QStringLiteral("No secret is stored for %1 yet.").arg(key)));
            else
                done(entries.value(key));
            --readsInFlight;
        });
    }
    void write(const QString &key, const QString &secret, WriteCallback done) override
    {
        if (!failWrites)
            entries.insert(key, secret);
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            if (failWrites)
                done(common::Error(common::Error::Kind::Internal, QStringLiteral("the keychain is locked")));
            else
                done({});
        });
    }
    void remove(const QString &key, WriteCallback done) override
    {
        entries.remove(key);
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
    }
};

} // namespace soar::test
