#include "msg/PropertyBag.h"

#include "msg/CodepageDecoder.h"

namespace soar::msg {

using namespace mapi;

bool PropertyBag::has(quint16 id, quint16 type) const
{
    const quint32 t = tag(id, type);
    return m_fixed.contains(t) || m_streams.contains(t);
}

std::optional<qint32> PropertyBag::int32(quint16 id) const
{
    const auto it = m_fixed.constFind(tag(id, TypeInt32));
    if (it == m_fixed.cend())
        return std::nullopt;
    return qint32(quint32(it.value() & 0xFFFFFFFFu));
}

std::optional<bool> PropertyBag::boolean(quint16 id) const
{
    const auto it = m_fixed.constFind(tag(id, TypeBoolean));
    if (it == m_fixed.cend())
        return std::nullopt;
    return (it.value() & 0xFFFFu) != 0;
}

QDateTime PropertyBag::time(quint16 id) const
{
    const auto it = m_fixed.constFind(tag(id, TypeSysTime));
    if (it == m_fixed.cend() || it.value() == 0)
        return {};
    // FILETIME: 100 ns intervals since 1601-01-01 UTC.
    constexpr qint64 epochDifferenceMs = 11644473600000LL;
    const qint64 ms = qint64(it.value() / 10000u) - epochDifferenceMs;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QByteArray PropertyBag::binary(quint16 id) const
{
    return m_streams.value(tag(id, TypeBinary));
}

QString PropertyBag::string(quint16 id, int codepage) const
{
    const auto unicode = m_streams.constFind(tag(id, TypeUnicode));
    if (unicode != m_streams.cend()) {
        const QByteArray &b = unicode.value();
        QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(b.constData()), b.size() / 2);
        while (text.endsWith(QChar(u'\0')))
            text.chop(1);
        return text;
    }
    const auto eightBit = m_streams.constFind(tag(id, TypeString8));
    if (eightBit != m_streams.cend())
        return CodepageDecoder::decode(eightBit.value(), codepage);
    return {};
}

} // namespace soar::msg
