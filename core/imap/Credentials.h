#pragma once

#include <QString>

namespace soar::imap {

// How SessionOpener logs in.
struct Credentials {
    enum class Method {
        Automatic, // AUTHENTICATE PLAIN when offered (required for authorizationId), else LOGIN
        Login,
        Plain,
        XOAuth2,
        OAuthBearer,
    };
    Method method = Method::Automatic;
    QString user;
    QString secret; // password or bearer token
    QString authorizationId; // act as this user (master user login, PLAIN only)
};

} // namespace soar::imap
