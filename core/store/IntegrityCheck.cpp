#include "store/IntegrityCheck.h"

#include "store/Sql.h"

#include <QStringList>

namespace soar::store {

IntegrityCheck::IntegrityCheck(QSqlDatabase db) : m_db(std::move(db))
{ }

common::Result<void> IntegrityCheck::run() const
{
    const QString what = QStringLiteral("check integrity");
    QStringList problems;
    {
        auto query = sql::exec(m_db, what, QStringLiteral("PRAGMA integrity_check"));
        if (!query.ok())
            return query.error();
        while (query.value().next()) {
            const QString line = query.value().value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    {
        auto query = sql::exec(m_db, what, QStringLiteral("PRAGMA foreign_key_check"));
        if (!query.ok())
            return query.error();
        while (query.value().next())
            problems << QStringLiteral("dangling reference in table %1, row %2")
                            .arg(query.value().value(0).toString(), query.value().value(1).toString());
    }
    if (problems.isEmpty())
        return {};
    return common::Error(common::Error::Kind::Storage,
        QStringLiteral("The mail store %1 is damaged; restore it from a backup or move it away so a new "
                       "one is created.")
            .arg(m_db.databaseName()),
        problems.join(QLatin1Char('\n')));
}

} // namespace soar::store
