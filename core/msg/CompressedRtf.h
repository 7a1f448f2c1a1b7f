#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace soar::msg {

// PR_RTF_COMPRESSED ([MS-OXRTFCP]): Outlook's LZ77 variant ("LZFu") or the uncompressed
// "MELA" form. Returns the RTF text bytes; a damaged stream is a Parse error, never an overrun.
class CompressedRtf {
public:
    static constexpr qint64 MaxRawSize = qint64(64) * 1024 * 1024;

    static common::Result<QByteArray> decompress(const QByteArray &stream);
};

} // namespace soar::msg
