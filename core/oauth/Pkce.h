#pragma once

#include <QByteArray>

namespace soar::oauth {

// Proof Key for Code Exchange (RFC 7636), S256 method: a random verifier kept by the app and
// its SHA-256 challenge sent with the authorization request.
class Pkce {
public:
    Pkce();
    const QByteArray &verifier() const { return m_verifier; }
    QByteArray challenge() const { return challengeFor(m_verifier); }

    static QByteArray challengeFor(const QByteArray &verifier);
    // 32 random bytes, base64url without padding (43 characters).
    static QByteArray randomToken();

private:
    QByteArray m_verifier;
};

} // namespace soar::oauth
