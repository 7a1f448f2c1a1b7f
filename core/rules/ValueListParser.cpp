#include "rules/ValueListParser.h"

#include <QSet>

namespace soar::rules {

using common::Error;

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

Error configError(const QString &label, const QString &what)
{
    return Error(Error::Kind::Config, label + QStringLiteral(": ") + what);
}

} // namespace

common::Result<QStringList> ValueListParser::parse(const QString &text, const QString &label)
{
    QStringList values;
    QSet<QString> seen; // duplicates count once; a set keeps long lists linear
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos <= n) {
        while (pos < n && isBlank(text.at(pos)))
            ++pos;
        QString value;
        if (pos < n && text.at(pos) == QLatin1Char('"')) {
            const qsizetype opened = pos++;
            bool closed = false;
            while (pos < n) {
                const QChar c = text.at(pos++);
                if (c != QLatin1Char('"')) {
                    value += c;
                } else if (pos < n && text.at(pos) == QLatin1Char('"')) {
                    value += c; // "" inside quotes is one quote
                    ++pos;
                } else {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return configError(label,
                    QStringLiteral("the quote at position %1 is never closed; close it, or write a quote inside a "
                                   "quoted value as \"\"")
                        .arg(opened + 1));
            while (pos < n && isBlank(text.at(pos)))
                ++pos;
            if (pos < n && text.at(pos) != QLatin1Char(','))
                return configError(label,
                    QStringLiteral("unexpected text after the closing quote at position %1; put the whole value in "
                                   "quotes and separate values with commas")
                        .arg(pos + 1));
        } else {
            const qsizetype start = pos;
            // A quote inside an unquoted value is an ordinary character, as CSV readers take it:
            // Your "invoice" is ready.
            while (pos < n && text.at(pos) != QLatin1Char(','))
                ++pos;
            value = text.mid(start, pos - start).trimmed();
        }
        if (!value.isEmpty()) {
            const Error bad = checkCharacters(value, int(values.size()) + 1, label);
            if (bad)
                return bad;
            if (!seen.contains(value)) {
                seen.insert(value);
                values.append(value);
            }
        }
        ++pos; // past the comma (or past the end, which ends the loop)
    }
    return values;
}

Error ValueListParser::checkCharacters(const QString &value, int number, const QString &label)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == 0)
            return configError(label, QStringLiteral("value %1 contains a NUL character; remove it").arg(number));
        if (u == '\r' || u == '\n')
            return configError(label, QStringLiteral("value %1 contains a line break; a value must be on one line").arg(number));
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return configError(label,
                QStringLiteral("value %1 contains the control character U+%2; remove it")
                    .arg(number)
                    .arg(QString::number(uint(u), 16).rightJustified(4, QLatin1Char('0')).toUpper()));
    }
    return {};
}

} // namespace soar::rules
