#include "tools/IocCollection.h"

namespace soar::tools {

namespace {

QString keyOf(Ioc::Kind kind, const QString &normalized)
{
    return QString::number(int(kind)) + u'\x1f' + normalized;
}

} // namespace

void IocCollection::add(const Ioc &ioc)
{
    const QString key = keyOf(ioc.kind, ioc.normalized);
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        m_index.insert(key, m_items.size());
        m_items.append(ioc);
        return;
    }
    Ioc &existing = m_items[it.value()];
    existing.count += ioc.count;
    existing.defanged = existing.defanged || ioc.defanged;
    for (const QString &source : ioc.sources) {
        if (!existing.sources.contains(source))
            existing.sources.append(source);
    }
}

void IocCollection::merge(const IocCollection &other)
{
    for (const Ioc &ioc : other.m_items)
        add(ioc);
}

QJsonArray IocCollection::toJson() const
{
    QJsonArray array;
    for (const Ioc &ioc : m_items)
        array.append(ioc.toJson());
    return array;
}

} // namespace soar::tools
