#pragma once

#include "store/DeliveryState.h"

#include <QString>
#include <Qt>

#include <optional>

namespace soar::store {

// A page of the mail list: filters, free-text search, sort and window.
struct MailQuery {
    enum class SortColumn { Date, From, To, Subject, Size };

    QString resource; // empty: every resource
    std::optional<DeliveryState> deliveryState; // nullopt: any state
    QString searchText; // what the user typed; made safe by FullTextQuery
    SortColumn sortColumn = SortColumn::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    int offset = 0;
    int limit = 200;
};

} // namespace soar::store
