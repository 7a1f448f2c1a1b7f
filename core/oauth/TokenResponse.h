#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace soar::oauth {

// A successful answer of the token endpoint (RFC 6749 section 5.1).
struct TokenResponse {
    QString accessToken;
    QDateTime expiresAt; // invalid when the server did not say
    QString refreshToken; // empty when the server issued none (or kept the old one)
    QString account; // from the ID token when there is one: preferred_username, email or upn
    QString scope;

    // Parses the endpoint's HTTP answer; errors (RFC 6749 section 5.2) become actionable messages.
    static common::Result<TokenResponse> fromReply(int httpStatus, const QByteArray &body, const QDateTime &now);
    // The account named by an ID token's claims. Not verified: it is only shown to people.
    static QString accountFromIdToken(const QByteArray &idToken);
    // A sign-in (device code, browser) must end with a refresh token, or it would lapse with the
    // first access token: the result as it is, or the error that says which scope to add.
    static common::Result<TokenResponse> requireRefreshToken(const common::Result<TokenResponse> &result);
};

} // namespace soar::oauth
