#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace soar::oauth {

// A Google service account's JSON key file: who signs (client_email), with what (the PEM
// private key) and where the signed assertion is exchanged (token_uri). The key is a
// credential: it is refused unless only its owner can read the file, and never logged.
struct ServiceAccountKey {
    QString clientEmail;
    QByteArray privateKeyPem;
    QUrl tokenUri;

    static common::Result<ServiceAccountKey> load(const QString &path);
    // The file's contents, already read (path only names it in messages).
    static common::Result<ServiceAccountKey> parse(const QByteArray &contents, const QString &path);
};

} // namespace soar::oauth
