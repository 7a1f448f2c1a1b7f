#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Small helpers shared by the store's classes: run a statement with positional values and turn
// QtSql failures into common::Error values an analyst can act on.
namespace soar::store::sql {

// "Could not <what> in the mail store <file>: <SQLite text>"; the statement goes to the detail.
common::Error storageError(const QSqlDatabase &db, const QString &what, const QSqlError &error, const QString &statement = {});

// Prepares statement, binds values in order and executes it. Queries are forward-only.
common::Result<QSqlQuery> exec(
    const QSqlDatabase &db, const QString &what, const QString &statement, const QVariantList &values = {});

// A null QString would bind as SQL NULL; the schema wants '' for "no text".
QVariant bindable(const QVariant &value);

// Dates are stored as UTC milliseconds since the epoch; an invalid date is NULL.
QVariant timestamp(const QDateTime &time);
QDateTime dateTime(const QVariant &value);

// Address and flag lists are stored one entry per line (neither can contain a line break).
QString joinLines(const QStringList &list);
QStringList splitLines(const QString &text);

} // namespace soar::store::sql
