#pragma once

#include "rules/FilterField.h"

#include <QString>
#include <QStringList>

namespace soar::rules {

// The values of one polarity of the form (the five filters, or the five NOT filters), already
// split, trimmed and validated. Values of one field are ORed; non-empty fields are ANDed.
struct FilterSet {
    QStringList from;
    QStringList to; // also covers Cc
    QStringList subject;
    QStringList textBody; // text parts and attachment file names
    QStringList header; // searched in every occurrence of headerField
    QString headerField; // empty when header is empty

    const QStringList &values(FilterField field) const;
    QStringList &values(FilterField field);

    bool isEmpty() const;
    bool operator==(const FilterSet &o) const;
};

} // namespace soar::rules
