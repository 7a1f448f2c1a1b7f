#include "rules/PlanDescription.h"

#include "rules/SearchCompiler.h"

namespace soar::rules {

QString PlanDescription::describe(const FetchPlan &plan, quint32 mailboxUidValidity)
{
    return describe(plan.filters, plan.windowFor(mailboxUidValidity));
}

QString PlanDescription::describe(const FilterSpec &filters, const FetchWindow &w)
{
    QStringList conditions;
    for (const Polarity polarity : {Polarity::Require, Polarity::Exclude}) {
        for (const FilterField f : allFilterFields()) {
            if (!filters.set(polarity).values(f).isEmpty())
                conditions.append(field(filters.set(polarity), f, polarity));
        }
    }
    QString text = window(w);
    if (!conditions.isEmpty())
        text += QLatin1Char(' ') + conditions.join(QStringLiteral(" AND "));
    return text;
}

QString PlanDescription::window(const FetchWindow &w)
{
    switch (w.kind) {
    case FetchWindow::Kind::Unseen:
        return QStringLiteral("unseen mail");
    case FetchWindow::Kind::UidsAbove:
        return QStringLiteral("mail with UID above %1").arg(w.uidAbove);
    case FetchWindow::Kind::Since:
        return QStringLiteral("mail since %1 (rescan after a UIDVALIDITY change)")
            .arg(QString::fromLatin1(SearchCompiler::imapDate(w.since)));
    case FetchWindow::Kind::All:
        break;
    }
    return QStringLiteral("all mail (rescan after a UIDVALIDITY change)");
}

QString PlanDescription::field(const FilterSet &set, FilterField f, Polarity polarity)
{
    QString name;
    bool quote = true;
    switch (f) {
    case FilterField::From:
        name = QStringLiteral("FROM");
        quote = false;
        break;
    case FilterField::To:
        name = QStringLiteral("TO/CC");
        quote = false;
        break;
    case FilterField::Subject:
        name = QStringLiteral("SUBJECT");
        break;
    case FilterField::TextBody:
        name = QStringLiteral("TEXT BODY");
        break;
    case FilterField::Header:
        name = QStringLiteral("HEADER ") + set.headerField;
        break;
    }
    QStringList values;
    for (const QString &v : set.values(f))
        values.append(quote ? QLatin1Char('\'') + v + QLatin1Char('\'') : v);
    const QString prefix = polarity == Polarity::Exclude ? QStringLiteral("NOT ") : QString();
    return prefix + name + QLatin1Char(' ') + values.join(QStringLiteral(" OR "));
}

} // namespace soar::rules
