#include "FilterPreview.h"

#include "rules/ValueListParser.h"

#include <QCoreApplication>

namespace soar::ui {

namespace {

QString quoted(const QString &value)
{
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

common::Result<QStringList> FilterPreview::values(const QString &field, const QString &word)
{
    // The same reading as the fetch rules: quoted values keep their commas, other quotes are literal.
    return rules::ValueListParser::parse(field, word);
}

QString FilterPreview::describe(settings::FetchType type, const settings::FilterSettings &f)
{
    // Addresses read naturally bare; free text is quoted so its spaces stay visible.
    auto clause = [](const QString &word, const QString &field, bool quote) {
        const auto read = values(field, word);
        if (!read.ok())
            return tr("[%1]").arg(read.error().message); // the fetch would stop on it: say so where the user looks
        QStringList parts = read.value();
        if (parts.isEmpty())
            return QString();
        if (quote) {
            for (QString &p : parts)
                p = quoted(p);
        }
        return word + QLatin1Char(' ') + parts.join(tr(" OR "));
    };
    auto headerClause = [&](const QString &value, const QString &name) {
        const QString word = name.trimmed().isEmpty() ? tr("header (no field chosen)") : tr("header %1").arg(name.trimmed());
        return clause(word, value, true);
    };

    QStringList clauses;
    for (const QString &c :
        {clause(tr("from"), f.from, false), clause(tr("to"), f.to, false), clause(tr("subject"), f.subject, true),
            clause(tr("body"), f.textBody, true), headerClause(f.header, f.headerField)}) {
        if (!c.isEmpty())
            clauses.append(c);
    }
    for (const QString &c :
        {clause(tr("from"), f.notFrom, false), clause(tr("to"), f.notTo, false), clause(tr("subject"), f.notSubject, true),
            clause(tr("body"), f.notTextBody, true), headerClause(f.notHeader, f.notHeaderField)}) {
        if (!c.isEmpty())
            clauses.append(tr("NOT %1").arg(c));
    }

    const QString base = type == settings::FetchType::Unseen ? tr("unseen mail") : tr("mail newer than the latest stored one");
    if (clauses.isEmpty())
        return tr("%1 (no pre-filters: every such mail is fetched)").arg(base);
    return base + QLatin1Char(' ') + clauses.join(tr(" AND "));
}

} // namespace soar::ui
