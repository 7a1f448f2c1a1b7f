#pragma once

#include <QByteArray>
#include <QString>

namespace soar::imap {

// What AuthenticateTask sends. secret is the password (PLAIN) or the bearer token.
struct SaslCredentials {
    enum class Mechanism { Plain, XOAuth2, OAuthBearer };

    Mechanism mechanism = Mechanism::Plain;
    QString user; // authentication identity
    QString secret;
    QString authorizationId; // PLAIN only: act as this user (master-user login); empty: self

    QByteArray mechanismName() const
    {
        switch (mechanism) {
        case Mechanism::Plain:
            return "PLAIN";
        case Mechanism::XOAuth2:
            return "XOAUTH2";
        case Mechanism::OAuthBearer:
            return "OAUTHBEARER";
        }
        return {};
    }
};

} // namespace soar::imap
