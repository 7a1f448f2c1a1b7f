#include "store/Sql.h"

#include <QFileInfo>

namespace soar::store::sql {

namespace {

// What to do about the SQLite failures an analyst can fix; empty for the others.
QString adviceFor(const QSqlError &error, const QString &databaseName)
{
    bool numeric = false;
    const int primary = error.nativeErrorCode().toInt(&numeric) & 0xff; // extended codes keep it in the low byte
    if (!numeric)
        return {};
    const QString folder = QFileInfo(databaseName).absolutePath();
    switch (primary) {
    case 13: // SQLITE_FULL
        return QStringLiteral(" The disk holding %1 is full: free some space there (or choose another --data-dir) "
                              "and run again; nothing was committed, so no mail was marked as read.")
            .arg(folder);
    case 10: // SQLITE_IOERR: ENOSPC/EFBIG on write, a failing disk
        return QStringLiteral(" Writing to the disk failed (the disk is full, a file size limit was hit, or the disk "
                              "is failing); check the free space in %1 and run again.")
            .arg(folder);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral(" Another process holds a write lock on the mail store (a second soar-imapd, the app, "
                              "or a database tool); close it and run again.");
    default:
        return {};
    }
}

} // namespace

common::Error storageError(const QSqlDatabase &db, const QString &what, const QSqlError &error, const QString &statement)
{
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString detail = error.text();
    if (!statement.isEmpty())
        detail += QStringLiteral(" [statement: %1]").arg(statement.simplified());
    return common::Error(common::Error::Kind::Storage,
        QStringLiteral("Could not %1 in the mail store %2: %3.%4")
            .arg(what, db.databaseName(), reason, adviceFor(error, db.databaseName())),
        detail);
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
