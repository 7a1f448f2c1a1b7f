#pragma once

#include <QString>

namespace soar::tools {

// Rewrites the parts of Python `re` syntax that PCRE2 reads differently, so a pattern an
// analyst copied from a Cloud SOAR playbook means the same here:
//  - `{,n}` is "0 to n" in Python but literal text in PCRE2 -> `{0,n}`
//  - `\Z` is "end of string" in Python but "end or before a final newline" in PCRE2 -> `\z`
// Character classes and escaped characters are left alone.
class PythonRegexTranslator {
public:
    static QString toPcre(const QString &pythonPattern);
};

} // namespace soar::tools
