#include "msg/CodepageDecoder.h"

#include <glib.h>

#include <optional>

namespace soar::msg {

namespace {

std::optional<QString> convert(const QByteArray &bytes, const QByteArray &charset)
{
    if (charset == "UTF-8")
        return QString::fromUtf8(bytes);
    gsize written = 0;
    GError *error = nullptr;
    gchar *utf8 = g_convert(bytes.constData(), bytes.size(), "UTF-8", charset.constData(), nullptr, &written, &error);
    if (!utf8) {
        g_clear_error(&error);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(utf8, qsizetype(written));
    g_free(utf8);
    return text;
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
    case 936:
        return QByteArrayLiteral("GBK");
    case 54936:
        return QByteArrayLiteral("GB18030");
    case 950:
        return QByteArrayLiteral("BIG5");
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
        return QByteArrayLiteral("CP") + QByteArray::number(codepage); // CP932, CP1252, CP866, ...
    return {};
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
