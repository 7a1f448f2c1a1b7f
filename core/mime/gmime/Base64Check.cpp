#include "mime/gmime/Base64Check.h"

#include <algorithm>

namespace soar::mime::gmime {

namespace {

// What each byte is to base64. A table because attachments are checked byte by byte: the
// branchy character tests made this check cost more than decoding the attachment.
enum class Base64Class : unsigned char { Invalid, Blank, Padding, Data };

struct Base64Classes {
    Base64Class of[256] {};
    constexpr Base64Classes()
    {
        for (int c = 'A'; c <= 'Z'; ++c)
            of[c] = Base64Class::Data;
        for (int c = 'a'; c <= 'z'; ++c)
            of[c] = Base64Class::Data;
        for (int c = '0'; c <= '9'; ++c)
            of[c] = Base64Class::Data;
        of[int('+')] = of[int('/')] = Base64Class::Data;
        of[int(' ')] = of[int('\t')] = of[int('\r')] = of[int('\n')] = Base64Class::Blank;
        of[int('=')] = Base64Class::Padding;
    }
};
constexpr Base64Classes kClasses;

// The same classes as counts packed into one word (data, padding and invalid characters in
// fields of kFieldBits bits): counting a byte is then a single table add.
constexpr int kFieldBits = 21;
constexpr quint64 kFieldMask = (quint64(1) << kFieldBits) - 1;
constexpr qsizetype kBlock = qsizetype(1) << (kFieldBits - 1); // no field can overflow in a block

struct PackedCounts {
    quint64 of[256] {};
    constexpr PackedCounts()
    {
        for (int c = 0; c < 256; ++c) {
            switch (kClasses.of[c]) {
            case Base64Class::Data:
                of[c] = 1;
                break;
            case Base64Class::Padding:
                of[c] = quint64(1) << kFieldBits;
                break;
            case Base64Class::Invalid:
                of[c] = quint64(1) << (2 * kFieldBits);
                break;
            case Base64Class::Blank:
                break;
            }
        }
    }
};
constexpr PackedCounts kPacked;

} // namespace

void Base64Check::feed(const char *data, qsizetype size)
{
    // Base64 is data and line breaks with '=' only at its end, so a block is counted with one
    // table add per byte and read again, exactly, only when '=' is in it or came before it:
    // the exact loop below cost more than decoding the attachment.
    for (qsizetype at = 0; at < size; at += kBlock) {
        const char *block = data + at;
        const qsizetype length = std::min(kBlock, size - at);
        quint64 packed = 0;
        for (qsizetype i = 0; i < length; ++i)
            packed += kPacked.of[static_cast<unsigned char>(block[i])];
        if (m_padding == 0 && ((packed >> kFieldBits) & kFieldMask) == 0) {
            m_significant += qsizetype(packed & kFieldMask);
            m_invalid += qsizetype(packed >> (2 * kFieldBits));
        } else {
            feedExactly(block, length);
        }
    }
}

void Base64Check::feedExactly(const char *data, qsizetype size)
{
    // Counted in locals, branch-free.
    qsizetype invalid = 0;
    qsizetype significant = 0;
    qsizetype padding = m_padding;
    bool dataAfterPadding = m_dataAfterPadding;
    for (qsizetype i = 0; i < size; ++i) {
        const Base64Class kind = kClasses.of[static_cast<unsigned char>(data[i])];
        const bool isData = kind == Base64Class::Data;
        significant += isData;
        dataAfterPadding |= isData && padding > 0;
        padding += kind == Base64Class::Padding;
        invalid += kind == Base64Class::Invalid;
    }
    m_invalid += invalid;
    m_significant += significant;
    m_padding = padding;
    m_dataAfterPadding = dataAfterPadding;
}

QString Base64Check::problem() const
{
    if (m_invalid > 0)
        return QStringLiteral("%1 characters outside the base64 alphabet").arg(m_invalid);
    if (m_dataAfterPadding)
        return QStringLiteral("data after the '=' padding");
    if (m_significant % 4 == 1)
        return QStringLiteral("incomplete final group (%1 base64 characters)").arg(m_significant);
    if (m_padding > 2 || (m_padding > 0 && (m_significant + m_padding) % 4 != 0))
        return QStringLiteral("wrong '=' padding");
    return {};
}

} // namespace soar::mime::gmime
