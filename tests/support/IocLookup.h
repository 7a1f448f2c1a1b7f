#pragma once

#include "tools/IocCollection.h"

namespace soar::test {

// The indicator of that kind and normalized value in the collection, nullptr when absent.
inline const tools::Ioc *findIoc(const tools::IocCollection &iocs, tools::Ioc::Kind kind, const QString &normalized)
{
    for (const tools::Ioc &ioc : iocs.items()) {
        if (ioc.kind == kind && ioc.normalized == normalized)
            return &ioc;
    }
    return nullptr;
}

} // namespace soar::test
