#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace soar::settings {

// Asynchronous access to secrets (IMAP passwords, SOAR tokens and keys). The real
// implementation is the OS keychain; there is deliberately no plaintext fallback.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const common::Result<QString> &)>;
    using WriteCallback = std::function<void(const common::Result<void> &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // key is e.g. "soc-inbox/imap-password"; a missing entry reports Error::Kind::NotFound.
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
};

} // namespace soar::settings
