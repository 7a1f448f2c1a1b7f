#pragma once

#include <QByteArray>

namespace soar::test {

// Checks an RS256 signature with OpenSSL, as a provider's token endpoint checks a service
// account's JWT: the test's authorization server must not trust what the client signed blindly.
class RsaVerifier {
public:
    static bool verifySha256(const QByteArray &publicKeyPem, const QByteArray &data, const QByteArray &signature);
};

} // namespace soar::test
