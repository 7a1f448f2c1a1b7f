#pragma once

#include "common/Digest.h"

#include <QByteArrayView>
#include <QString>

namespace soar::common {

// The MD5, SHA-1 and SHA-256 of one payload (an attachment), the hashes analysts look up.
// Fed piece by piece: a decoder hands over each decoded piece while it is still in the CPU
// cache, so the payload is read once for all three instead of three times from memory.
class PayloadDigests {
public:
    struct Hex {
        QString md5;
        QString sha1;
        QString sha256;
    };

    void add(QByteArrayView piece);
    // Lowercase hex; ends the digests.
    Hex hex();

    static Hex of(QByteArrayView payload);

private:
    Digest m_md5 {Digest::Algorithm::Md5};
    Digest m_sha1 {Digest::Algorithm::Sha1};
    Digest m_sha256 {Digest::Algorithm::Sha256};
};

} // namespace soar::common
