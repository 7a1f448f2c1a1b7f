#pragma once

#include <QString>

namespace soar::tools {

// One distinct value a regex found, how often, and where it was first seen.
struct RegexMatch {
    QString value;
    int count = 0;
    qsizetype firstOffset = 0; // in UTF-16 code units from the start of the text
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 code units

    bool operator==(const RegexMatch &o) const
    {
        return value == o.value && count == o.count && firstOffset == o.firstOffset && line == o.line && column == o.column;
    }
};

} // namespace soar::tools
