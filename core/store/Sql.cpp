#include "store/Sql.h"

namespace soar::store::sql {

common::Error storageError(const QSqlDatabase &db, const QString &what, const QSqlError &error, const QString &statement)
{
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString detail = error.text();
    if (!statement.isEmpty())
        detail += QStringLiteral(" [statement: %1]").arg(statement.simplified());
    return common::Error(common::Error::Kind::Storage,
        QStringLiteral("Could not %1 in the mail store %2: %3").arg(what, db.databaseName(), reason), detail);
}

common::Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &what, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return storageError(db, what, query.lastError(), statement);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return storageError(db, what, query.lastError(), statement);
    return query;
}

QVariant bindable(const QVariant &value)
{
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    return nullText ? QVariant(QString(QLatin1String(""))) : value;
}

QVariant timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::LongLong));
    return time.toMSecsSinceEpoch();
}

QDateTime dateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString joinLines(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace soar::store::sql
