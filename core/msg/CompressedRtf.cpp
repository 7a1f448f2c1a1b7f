#include "msg/CompressedRtf.h"

#include <QtEndian>

namespace soar::msg {

using common::Error;
using common::Result;

namespace {

constexpr quint32 CompressedMagic = 0x75465A4C; // "LZFu"
constexpr quint32 UncompressedMagic = 0x414C454D; // "MELA"
constexpr int HeaderSize = 16;
constexpr int DictionarySize = 4096;

// [MS-OXRTFCP] 2.1.2.1: the dictionary starts out holding this text.
const char Preload[] = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
                       "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
                       "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

Error damaged(const QString &what)
{
    return Error(Error::Kind::Parse, QStringLiteral("The message's RTF body is damaged: %1").arg(what));
}

} // namespace

Result<QByteArray> CompressedRtf::decompress(const QByteArray &stream)
{
    if (stream.size() < HeaderSize)
        return damaged(QStringLiteral("shorter than its 16-byte header"));
    const auto *bytes = reinterpret_cast<const uchar *>(stream.constData());
    const quint32 compressedSize = qFromLittleEndian<quint32>(bytes);
    const quint32 rawSize = qFromLittleEndian<quint32>(bytes + 4);
    const quint32 type = qFromLittleEndian<quint32>(bytes + 8);
    if (rawSize > MaxRawSize)
        return damaged(QStringLiteral("it claims %1 bytes of text").arg(rawSize));
    // compressedSize counts from after its own field (offset 4).
    const qsizetype end = qMin<qsizetype>(stream.size(), qsizetype(compressedSize) + 4);
    if (type == UncompressedMagic)
        return stream.mid(HeaderSize, qMin<qsizetype>(rawSize, stream.size() - HeaderSize));
    if (type != CompressedMagic)
        return damaged(QStringLiteral("unknown compression type 0x%1").arg(type, 8, 16, QLatin1Char('0')));

    uchar dictionary[DictionarySize] = {};
    const int preloadSize = int(sizeof(Preload)) - 1;
    std::copy(Preload, Preload + preloadSize, dictionary);
    int writePos = preloadSize;
    QByteArray out;
    out.reserve(qsizetype(rawSize));
    qsizetype pos = HeaderSize;
    while (pos < end) {
        const uchar control = bytes[pos++];
        for (int bit = 0; bit < 8 && pos < end; ++bit) {
            if (!(control & (1 << bit))) {
                const uchar c = bytes[pos++];
                out.append(char(c));
                dictionary[writePos] = c;
                writePos = (writePos + 1) % DictionarySize;
                continue;
            }
            if (pos + 1 >= end)
                return damaged(QStringLiteral("a back-reference is cut off"));
            const quint16 reference = quint16((bytes[pos] << 8) | bytes[pos + 1]);
            pos += 2;
            const int offset = reference >> 4;
            const int length = (reference & 0x0F) + 2;
            if (offset == writePos)
                return out; // the end marker
            for (int i = 0; i < length; ++i) {
                const uchar c = dictionary[(offset + i) % DictionarySize];
                out.append(char(c));
                dictionary[writePos] = c;
                writePos = (writePos + 1) % DictionarySize;
            }
            if (out.size() > qsizetype(rawSize) + DictionarySize)
                return damaged(QStringLiteral("it expands beyond its declared size"));
        }
    }
    return out;
}

} // namespace soar::msg
