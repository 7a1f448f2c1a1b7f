#pragma once

#include <QDateTime>
#include <QString>

namespace soar::oauth {

// What IMAP needs to log in with OAuth: the bearer token and whose mailbox it opens.
struct AccessToken {
    QString token;
    QDateTime expiresAt; // invalid: unknown
    QString account; // the signed-in account (interactive) or empty (app-only)
};

} // namespace soar::oauth
