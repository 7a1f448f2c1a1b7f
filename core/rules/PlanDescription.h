#pragma once

#include "rules/FetchPlan.h"

#include <QString>

namespace soar::rules {

// One line for the settings preview and the Test Action log, e.g.
//   unseen mail FROM sumologic.com OR sales@x.com AND NOT SUBJECT 'newsletter'
class PlanDescription {
public:
    static QString describe(const FetchPlan &plan, quint32 mailboxUidValidity);
    static QString describe(const FilterSpec &filters, const FetchWindow &window);

private:
    static QString window(const FetchWindow &window);
    static QString field(const FilterSet &set, FilterField field, Polarity polarity);
};

} // namespace soar::rules
