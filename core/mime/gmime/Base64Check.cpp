#include "mime/gmime/Base64Check.h"

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

} // namespace

void Base64Check::feed(const char *data, qsizetype size)
{
    // Counted in locals, branch-free: the loop runs over megabytes.
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
