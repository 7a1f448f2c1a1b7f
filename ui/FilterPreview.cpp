#include "FilterPreview.h"

#include <QCoreApplication>

namespace soar::ui {

namespace {

QString quoted(const QString &value)
{
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

QStringList FilterPreview::values(const QString &field)
{
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QString FilterPreview::describe(settings::FetchType type, const settings::FilterSettings &f)
{
    // Addresses read naturally bare; free text is quoted so its spaces stay visible.
    auto clause = [](const QString &word, const QString &field, bool quote) {
        QStringList parts = values(field);
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
