#pragma once

#include "tools/RegexMatch.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace soar::tools {

// What one regex run found: the distinct matches in order of first appearance, and whether the
// run was cut short by a limit (so the analyst knows the list may be incomplete).
struct RegexRunResult {
    enum class CutShort { No, MatchLimit, TimeBudget, BacktrackLimit };

    QString pattern;
    QString presetId; // empty for a custom pattern
    QList<RegexMatch> matches;
    int totalMatches = 0; // including repeats
    CutShort cutShort = CutShort::No;

    bool isComplete() const { return cutShort == CutShort::No; }
    QString cutShortReason() const; // a sentence for the analyst, empty when complete

    QJsonObject toJson() const;
    QString toCsv() const; // header: value,count,line,column,offset
};

} // namespace soar::tools
