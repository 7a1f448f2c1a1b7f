#pragma once

#include "common/Result.h"
#include "tools/RegexPreset.h"
#include "tools/RegexRunResult.h"

#include <QRegularExpression>
#include <QString>

#include <chrono>

namespace soar::tools {

// Runs a preset or a custom pattern over a text (a body, a header block, a subject) and returns
// the distinct matches with counts and first positions. Custom patterns are Python-style (as in
// Cloud SOAR playbooks), validated first, and bounded: a hostile pattern stops at a backtracking
// limit, the run at a match limit and a time budget, and the result says it was cut short.
// Stateless and const: safe to call from a worker thread so the UI never waits on a regex.
class RegexRunner {
public:
    struct Limits {
        int maxMatches = 100000; // total, repeats included
        int backtrackLimit = 1000000; // PCRE2 match() calls per start position, via (*LIMIT_MATCH=)
        std::chrono::milliseconds timeBudget {3000};
    };

    RegexRunner() = default;
    explicit RegexRunner(Limits limits) : m_limits(limits) { }

    // Checks and compiles a custom Python-style pattern. A syntax error comes back as a Config
    // error whose message names the offset (0-based, in characters) and whose detail shows it.
    common::Result<QRegularExpression> compileCustom(const QString &pythonPattern, bool caseInsensitive = false) const;

    common::Result<RegexRunResult> runCustom(
        const QString &pythonPattern, const QString &text, bool caseInsensitive = false) const;
    RegexRunResult runPreset(const RegexPreset &preset, const QString &text) const;

private:
    RegexRunResult run(const QRegularExpression &re, int reportGroup, const QString &text) const;

    Limits m_limits;
};

} // namespace soar::tools
