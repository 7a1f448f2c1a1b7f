#include "store/IdempotencyKey.h"

#include <QCryptographicHash>

namespace soar::store {

QByteArray IdempotencyKey::compute(const QString &resource, const QByteArray &messageId, const QByteArray &rawSha256Hex)
{
    // NUL separators keep ("ab", "c") and ("a", "bc") apart; the version tag lets us change the recipe.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("soar-imap-incident-v1"));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(resource.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(messageId.trimmed());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(rawSha256Hex.trimmed().toLower());
    return hash.result().toHex();
}

} // namespace soar::store
