#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace soar::common {

// Message digests of mail bytes through OpenSSL's libcrypto, which uses the CPU's SHA
// instructions: every fetched mail is hashed (SHA-256) and every attachment three times, and
// QCryptographicHash's portable code was the largest single cost of storing mail.
class Digest {
public:
    enum class Algorithm { Md5, Sha1, Sha256 };

    static QByteArray hash(QByteArrayView data, Algorithm algorithm);
    // Lowercase hex, as stored and shown.
    static QString hex(QByteArrayView data, Algorithm algorithm);
    static QString sha256Hex(QByteArrayView data) { return hex(data, Algorithm::Sha256); }
};

} // namespace soar::common
