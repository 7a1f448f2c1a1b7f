#pragma once

#include "tools/Ioc.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace soar::tools {

// Indicators de-duplicated by (kind, normalized value), in order of first appearance; adding
// the same indicator again adds its count, sources and defanged flag.
class IocCollection {
public:
    void add(const Ioc &ioc);
    void merge(const IocCollection &other);

    const QList<Ioc> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }

    QJsonArray toJson() const;

private:
    QList<Ioc> m_items;
    QHash<QString, qsizetype> m_index;
};

} // namespace soar::tools
