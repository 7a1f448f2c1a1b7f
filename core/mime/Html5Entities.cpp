#include "mime/Html5Entities.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace soar::mime {

namespace {

struct Entity {
    const char *name;
    char32_t points[2];
};

const Entity kEntities[] = {
#include "mime/Html5EntityTable.inc"
};

} // namespace

QByteArray Html5Entities::numericReference(QByteArrayView name)
{
    const std::string_view wanted(name.data(), size_t(name.size()));
    const auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), wanted,
        [](const Entity &e, std::string_view n) { return std::string_view(e.name) < n; });
    if (it == std::end(kEntities) || std::string_view(it->name) != wanted)
        return {};
    QByteArray out = "&#x" + QByteArray::number(uint(it->points[0]), 16) + ';';
    if (it->points[1] != 0)
        out += "&#x" + QByteArray::number(uint(it->points[1]), 16) + ';';
    return out;
}

} // namespace soar::mime
