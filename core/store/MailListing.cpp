#include "store/MailListing.h"

#include "store/FullTextQuery.h"
#include "store/Sql.h"

#include <QStringList>

namespace soar::store {

namespace {
const QString kWhat = QStringLiteral("list mails");

// Each expression matches an index created in SchemaMigrations (same collation), so a page is
// read straight off the index.
QString sortExpression(MailQuery::SortColumn column)
{
    switch (column) {
    case MailQuery::SortColumn::Date:
        return QStringLiteral("m.date");
    case MailQuery::SortColumn::From:
        return QStringLiteral("m.from_display COLLATE NOCASE");
    case MailQuery::SortColumn::To:
        return QStringLiteral("m.to_addrs COLLATE NOCASE");
    case MailQuery::SortColumn::Subject:
        return QStringLiteral("m.subject COLLATE NOCASE");
    case MailQuery::SortColumn::Size:
        return QStringLiteral("m.size");
    }
    return QStringLiteral("m.date");
}
} // namespace

MailListing::MailListing(QSqlDatabase db) : m_db(std::move(db))
{ }

MailListing::Filter MailListing::filter(const MailQuery &query)
{
    QStringList conditions;
    Filter result;
    if (!query.resource.isEmpty()) {
        conditions << QStringLiteral("m.resource_id = (SELECT id FROM resources WHERE name = ?)");
        result.values << query.resource;
    }
    if (query.deliveryState) {
        conditions << QStringLiteral("m.delivery_state = ?");
        result.values << deliveryStateName(*query.deliveryState);
    }
    const QString match = FullTextQuery::matchExpression(query.searchText);
    if (!match.isEmpty()) {
        conditions << QStringLiteral("m.id IN (SELECT rowid FROM mail_fts WHERE mail_fts MATCH ?)");
        result.values << match;
    }
    if (!conditions.isEmpty())
        result.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return result;
}

QString MailListing::orderBy(const MailQuery &query)
{
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The row id breaks ties so paging is stable when many mails share a sort value.
    return QStringLiteral(" ORDER BY ") + sortExpression(query.sortColumn) + direction + QStringLiteral(", m.id") + direction;
}

common::Result<QVector<MailSummary>> MailListing::page(const MailQuery &query) const
{
    Filter where = filter(query);
    where.values << qMax(0, query.limit) << qMax(0, query.offset);
    // The inner query pages over row ids alone, which the sort index covers; only the rows of
    // the page are then read. Skipping 50,000 full rows for a later page would cost a table
    // lookup each.
    const QString order = orderBy(query);
    auto result = sql::exec(m_db, kWhat,
        QStringLiteral("SELECT m.mail_id, r.name, m.folder, m.date, m.from_display, m.from_address,"
                       " m.to_addrs, m.subject, m.size, m.flags, m.delivery_state, m.attachment_count"
                       " FROM mails m JOIN resources r ON r.id = m.resource_id"
                       " WHERE m.id IN (SELECT m.id FROM mails m")
            + where.where + order + QStringLiteral(" LIMIT ? OFFSET ?)") + order,
        where.values);
    if (!result.ok())
        return result.error();
    QVector<MailSummary> rows;
    QSqlQuery &q = result.value();
    while (q.next()) {
        MailSummary row;
        row.mailId = q.value(0).toString();
        row.resource = q.value(1).toString();
        row.folder = q.value(2).toString();
        row.date = sql::dateTime(q.value(3));
        row.fromDisplay = q.value(4).toString();
        row.fromAddress = q.value(5).toString();
        row.to = sql::splitLines(q.value(6).toString());
        row.subject = q.value(7).toString();
        row.size = q.value(8).toLongLong();
        row.flags = sql::splitLines(q.value(9).toString());
        row.deliveryState = deliveryStateFromName(q.value(10).toString()).value_or(DeliveryState::None);
        row.attachmentCount = q.value(11).toInt();
        rows.append(row);
    }
    return rows;
}

common::Result<qint64> MailListing::count(const MailQuery &query) const
{
    const Filter where = filter(query);
    auto result = sql::exec(m_db, kWhat, QStringLiteral("SELECT count(*) FROM mails m") + where.where, where.values);
    if (!result.ok())
        return result.error();
    if (!result.value().next())
        return qint64(0);
    return result.value().value(0).toLongLong();
}

} // namespace soar::store
