#pragma once

#include "common/Result.h"
#include "oauth/ServiceAccountKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace soar::oauth {

// The JWT a service account presents in the JWT bearer grant (RFC 7523, Google's "OAuth 2.0
// for Server to Server Applications"): iss = the service account, sub = the mailbox it acts
// for (domain-wide delegation), aud = the token endpoint, valid one hour, signed RS256 by
// OpenSSL with the account's private key.
class JwtAssertion {
public:
    static common::Result<QByteArray> sign(
        const ServiceAccountKey &key, const QString &subject, const QStringList &scopes, const QDateTime &now);

    static constexpr int kLifetimeSeconds = 3600; // Google's maximum
};

} // namespace soar::oauth
