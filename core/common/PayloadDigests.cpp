#include "common/PayloadDigests.h"

#include <algorithm>

namespace soar::common {

void PayloadDigests::add(QByteArrayView piece)
{
    m_md5.add(piece);
    m_sha1.add(piece);
    m_sha256.add(piece);
}

PayloadDigests::Hex PayloadDigests::hex()
{
    return {m_md5.hex(), m_sha1.hex(), m_sha256.hex()};
}

PayloadDigests::Hex PayloadDigests::of(QByteArrayView payload)
{
    PayloadDigests digests;
    // In cache-sized pieces, for the same reason a decoder feeds them so.
    constexpr qsizetype kPiece = 16 * 1024;
    for (qsizetype at = 0; at < payload.size(); at += kPiece)
        digests.add(payload.sliced(at, std::min(kPiece, payload.size() - at)));
    return digests.hex();
}

} // namespace soar::common
