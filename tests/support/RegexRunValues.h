#pragma once

#include "tools/RegexRunResult.h"

#include <QStringList>

namespace soar::test {

// The distinct matched values of a regex run, in order of first appearance.
inline QStringList valuesOf(const tools::RegexRunResult &result)
{
    QStringList list;
    for (const tools::RegexMatch &m : result.matches)
        list.append(m.value);
    return list;
}

} // namespace soar::test
