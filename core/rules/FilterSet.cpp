#include "rules/FilterSet.h"

namespace soar::rules {

const QStringList &FilterSet::values(FilterField field) const
{
    switch (field) {
    case FilterField::From:
        return from;
    case FilterField::To:
        return to;
    case FilterField::Subject:
        return subject;
    case FilterField::TextBody:
        return textBody;
    case FilterField::Header:
        break;
    }
    return header;
}

QStringList &FilterSet::values(FilterField field)
{
    return const_cast<QStringList &>(static_cast<const FilterSet *>(this)->values(field));
}

bool FilterSet::isEmpty() const
{
    return from.isEmpty() && to.isEmpty() && subject.isEmpty() && textBody.isEmpty() && header.isEmpty();
}

bool FilterSet::operator==(const FilterSet &o) const
{
    return from == o.from && to == o.to && subject == o.subject && textBody == o.textBody && header == o.header
        && headerField == o.headerField;
}

} // namespace soar::rules
