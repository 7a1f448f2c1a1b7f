#include "FakeKeychain.h"

namespace soar::test {

void FakeKeychain::read(const QString &key, ReadCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        if (!entries.contains(key))
            done(common::Error(common::Error::Kind::NotFound, QStringLiteral("No secret is stored for %1 yet.").arg(key)));
        else
            done(entries.value(key));
    });
}

void FakeKeychain::write(const QString &key, const QString &secret, WriteCallback done)
{
    ++writes;
    entries.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}

void FakeKeychain::remove(const QString &key, WriteCallback done)
{
    entries.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}

} // namespace soar::test
