#pragma once

#include "common/Result.h"
#include "store/MailQuery.h"
#include "store/MailSummary.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

namespace soar::store {

// Pages through the mail list for the UI and `soar-imapd list`. The SQL is assembled only from
// fixed fragments chosen by the query's enums; every user value is a bound parameter, and the
// search text goes through FullTextQuery first.
class MailListing {
public:
    explicit MailListing(QSqlDatabase db);

    common::Result<QVector<MailSummary>> page(const MailQuery &query) const;
    common::Result<qint64> count(const MailQuery &query) const;

private:
    struct Filter {
        QString where; // " WHERE ..." or empty
        QVariantList values;
    };
    static Filter filter(const MailQuery &query);
    static QString orderBy(const MailQuery &query);

    QSqlDatabase m_db;
};

} // namespace soar::store
