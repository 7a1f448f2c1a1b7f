#pragma once

#include <QByteArray>
#include <QString>

namespace soar::store {

// The key that makes "create an incident for this mail" safe to repeat: the same mail in the
// same resource always gives the same key (64 hex digits), a different mail a different one.
class IdempotencyKey {
public:
    static QByteArray compute(const QString &resource, const QByteArray &messageId, const QByteArray &rawSha256Hex);
};

} // namespace soar::store
