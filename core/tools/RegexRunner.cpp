#include "tools/RegexRunner.h"

#include "tools/PythonRegexTranslator.h"

#include <QDeadlineTimer>
#include <QHash>

#include <algorithm>
#include <vector>

namespace soar::tools {

using common::Error;
using common::Result;

namespace {

// Offsets where each line starts, to turn a match offset into line and column.
class LineIndex {
public:
    explicit LineIndex(const QString &text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n')
                m_starts.push_back(i + 1);
        }
    }

    std::pair<int, int> lineAndColumn(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const auto line = int(it - m_starts.begin());
        return {line, int(offset - *(it - 1)) + 1};
    }

private:
    std::vector<qsizetype> m_starts;
};

QString caretLine(const QString &pattern, qsizetype offset)
{
    return pattern + u'\n' + QString(offset, u' ') + u'^';
}

} // namespace

Result<QRegularExpression> RegexRunner::compileCustom(const QString &pythonPattern, bool caseInsensitive) const
{
    if (pythonPattern.isEmpty())
        return Error(Error::Kind::Config, QStringLiteral("The regular expression is empty: enter a pattern to search for."));
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    // Check the text as the analyst wrote it, so the offset points into their pattern.
    const QRegularExpression asWritten(pythonPattern, options);
    if (!asWritten.isValid()) {
        const qsizetype offset = asWritten.patternErrorOffset();
        return Error(Error::Kind::Config,
            QStringLiteral("The regular expression is not valid at offset %1: %2.").arg(offset).arg(asWritten.errorString()),
            caretLine(pythonPattern, offset));
    }
    const QString bounded
        = QStringLiteral("(*LIMIT_MATCH=%1)").arg(m_limits.backtrackLimit) + PythonRegexTranslator::toPcre(pythonPattern);
    QRegularExpression re(bounded, options);
    if (!re.isValid()) {
        return Error(
            Error::Kind::Config, QStringLiteral("The regular expression cannot be used: %1.").arg(re.errorString()), bounded);
    }
    return re;
}

Result<RegexRunResult> RegexRunner::runCustom(const QString &pythonPattern, const QString &text, bool caseInsensitive) const
{
    auto re = compileCustom(pythonPattern, caseInsensitive);
    if (!re.ok())
        return re.error();
    RegexRunResult result = run(re.value(), 0, text);
    result.pattern = pythonPattern;
    return result;
}

RegexRunResult RegexRunner::runPreset(const RegexPreset &preset, const QString &text) const
{
    const QRegularExpression re(
        QStringLiteral("(*LIMIT_MATCH=%1)").arg(m_limits.backtrackLimit) + preset.pattern, preset.options);
    RegexRunResult result = run(re, preset.reportGroup, text);
    result.pattern = preset.pattern;
    result.presetId = preset.id;
    return result;
}

namespace {

// PCRE2 would refuse text with unpaired surrogates (possible in a damaged UTF-16 MSG string).
QString validUtf16(const QString &text)
{
    if (QStringView(text).isValidUtf16())
        return text;
    QString copy = text;
    for (qsizetype i = 0; i < copy.size(); ++i) {
        const QChar c = copy.at(i);
        if (c.isHighSurrogate() && i + 1 < copy.size() && copy.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            copy[i] = QChar::ReplacementCharacter;
    }
    return copy;
}

} // namespace

RegexRunResult RegexRunner::run(const QRegularExpression &re, int reportGroup, const QString &input) const
{
    // Validated once here, so each match call can skip PCRE2's O(n) UTF check (else a run with
    // many matches over a large body is quadratic).
    const QString text = validUtf16(input);
    constexpr auto matchOptions = QRegularExpression::DontCheckSubjectStringMatchOption;
    RegexRunResult result;
    const QDeadlineTimer deadline(m_limits.timeBudget);
    const LineIndex lines(text);
    QHash<QString, qsizetype> indexByValue;
    qsizetype offset = 0;
    while (offset <= text.size()) {
        const QRegularExpressionMatch m = re.match(text, offset, QRegularExpression::NormalMatch, matchOptions);
        if (!m.isValid()) { // PCRE2 gave up: (*LIMIT_MATCH) reached
            result.cutShort = RegexRunResult::CutShort::BacktrackLimit;
            break;
        }
        if (!m.hasMatch())
            break;
        // An empty match must still move forward (one whole code point) or the loop never ends.
        offset = m.capturedEnd() > m.capturedStart()
            ? m.capturedEnd()
            : m.capturedEnd() + ((m.capturedEnd() < text.size() && text.at(m.capturedEnd()).isHighSurrogate()) ? 2 : 1);
        if (m.capturedStart(reportGroup) >= 0) {
            const QString value = m.captured(reportGroup);
            ++result.totalMatches;
            const auto it = indexByValue.constFind(value);
            if (it != indexByValue.cend()) {
                ++result.matches[it.value()].count;
            } else {
                const auto [line, column] = lines.lineAndColumn(m.capturedStart(reportGroup));
                indexByValue.insert(value, result.matches.size());
                result.matches.append(RegexMatch {value, 1, m.capturedStart(reportGroup), line, column});
            }
        }
        if (result.totalMatches >= m_limits.maxMatches && offset <= text.size()) {
            if (re.match(text, offset, QRegularExpression::NormalMatch, matchOptions).hasMatch())
                result.cutShort = RegexRunResult::CutShort::MatchLimit;
            break;
        }
        if (deadline.hasExpired()) {
            result.cutShort = RegexRunResult::CutShort::TimeBudget;
            break;
        }
    }
    return result;
}

} // namespace soar::tools
