#include "tools/RegexRunResult.h"

#include "tools/CsvWriter.h"

#include <QJsonArray>

namespace soar::tools {

QString RegexRunResult::cutShortReason() const
{
    switch (cutShort) {
    case CutShort::No:
        return {};
    case CutShort::MatchLimit:
        return QStringLiteral("Stopped after too many matches; the list is incomplete. Use a more specific pattern.");
    case CutShort::TimeBudget:
        return QStringLiteral("Stopped because matching took too long; the list is incomplete. Use a simpler pattern.");
    case CutShort::BacktrackLimit:
        return QStringLiteral("Stopped because the pattern backtracks too much on this text (nested repetition such "
                              "as (a+)+); the list is incomplete. Simplify the pattern.");
    }
    return {};
}

QJsonObject RegexRunResult::toJson() const
{
    QJsonArray list;
    for (const RegexMatch &m : matches) {
        list.append(
            QJsonObject {{QStringLiteral("value"), m.value}, {QStringLiteral("count"), m.count}, {QStringLiteral("line"), m.line},
                {QStringLiteral("column"), m.column}, {QStringLiteral("offset"), qint64(m.firstOffset)}});
    }
    QJsonObject o {{QStringLiteral("pattern"), pattern}, {QStringLiteral("matches"), list},
        {QStringLiteral("uniqueMatches"), int(matches.size())}, {QStringLiteral("totalMatches"), totalMatches},
        {QStringLiteral("complete"), isComplete()}};
    if (!presetId.isEmpty())
        o.insert(QStringLiteral("preset"), presetId);
    if (!isComplete())
        o.insert(QStringLiteral("cutShortReason"), cutShortReason());
    return o;
}

QString RegexRunResult::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("value"), QStringLiteral("count"), QStringLiteral("line"), QStringLiteral("column"),
        QStringLiteral("offset")});
    for (const RegexMatch &m : matches) {
        csv.addRow({m.value, QString::number(m.count), QString::number(m.line), QString::number(m.column),
            QString::number(m.firstOffset)});
    }
    return csv.text();
}

} // namespace soar::tools
