#include "msg/CodepageDecoder.h"

#include "common/CharsetConverter.h"

#include <QHash>

#include <optional>

namespace soar::msg {

namespace {

std::optional<QString> convert(const QByteArray &bytes, const QByteArray &charset)
{
    if (charset == "UTF-8")
        return QString::fromUtf8(bytes);
    return common::CharsetConverter::toUnicode(bytes, charset);
}

QByteArray stripTrailingNul(QByteArray bytes)
{
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return bytes;
}

} // namespace

QByteArray CodepageDecoder::charsetName(int codepage)
{
    switch (codepage) {
    case 65001:
        return QByteArrayLiteral("UTF-8");
    case 65000:
        return QByteArrayLiteral("UTF-7");
    case 1200:
        return QByteArrayLiteral("UTF-16LE");
    case 1201:
        return QByteArrayLiteral("UTF-16BE");
    case 20127:
        return QByteArrayLiteral("ASCII");
    case 50220:
    case 50221:
    case 50222:
        return QByteArrayLiteral("ISO-2022-JP");
    case 51932:
    case 20932:
        return QByteArrayLiteral("EUC-JP");
    case 51949:
        return QByteArrayLiteral("EUC-KR");
    case 50225:
        return QByteArrayLiteral("ISO-2022-KR");
    case 54936:
        return QByteArrayLiteral("GB18030");
    case 20866:
        return QByteArrayLiteral("KOI8-R");
    case 21866:
        return QByteArrayLiteral("KOI8-U");
    case 10000:
        return QByteArrayLiteral("MACINTOSH");
    default:
        break;
    }
    if (codepage >= 28591 && codepage <= 28605)
        return QByteArrayLiteral("ISO-8859-") + QByteArray::number(codepage - 28590);
    if (codepage > 0)
        return QByteArrayLiteral("CP") + QByteArray::number(codepage); // CP932, CP936 (GBK + euro), CP950, CP1252, ...
    return {};
}

int CodepageDecoder::codepageForCharset(const QByteArray &charset)
{
    const QByteArray c = charset.trimmed().toLower();
    static const QHash<QByteArray, int> known {{"utf-8", 65001}, {"utf8", 65001}, {"us-ascii", 20127}, {"shift_jis", 932},
        {"shift-jis", 932}, {"sjis", 932}, {"windows-31j", 932}, {"cp932", 932}, {"iso-2022-jp", 50220}, {"euc-jp", 51932},
        {"gb2312", 936}, {"gbk", 936}, {"cp936", 936}, {"gb18030", 54936}, {"big5", 950}, {"cp950", 950}, {"ks_c_5601-1987", 949},
        {"euc-kr", 949}, {"cp949", 949}, {"iso-2022-kr", 50225}, {"koi8-r", 20866}, {"koi8-u", 21866}};
    if (const auto it = known.constFind(c); it != known.cend())
        return it.value();
    if (c.startsWith("windows-"))
        return c.mid(8).toInt();
    if (c.startsWith("iso-8859-")) {
        const int part = c.mid(9).toInt();
        return part > 0 ? 28590 + part : 0;
    }
    return 0;
}

QString CodepageDecoder::decode(const QByteArray &raw, int codepage)
{
    const QByteArray bytes = stripTrailingNul(raw);
    if (bytes.isEmpty())
        return {};
    const QByteArray charset = charsetName(codepage);
    if (!charset.isEmpty()) {
        if (auto text = convert(bytes, charset))
            return *text;
    }
    if (auto text = convert(bytes, QByteArrayLiteral("CP1252")))
        return *text;
    return QString::fromLatin1(bytes);
}

} // namespace soar::msg
