#include "rules/FilterField.h"

namespace soar::rules {

const QList<FilterField> &allFilterFields()
{
    static const QList<FilterField> fields {
        FilterField::From,
        FilterField::To,
        FilterField::Subject,
        FilterField::TextBody,
        FilterField::Header,
    };
    return fields;
}

QString filterLabel(FilterField field, Polarity polarity)
{
    QString name;
    switch (field) {
    case FilterField::From:
        name = QStringLiteral("From");
        break;
    case FilterField::To:
        name = QStringLiteral("To");
        break;
    case FilterField::Subject:
        name = QStringLiteral("Subject");
        break;
    case FilterField::TextBody:
        name = QStringLiteral("Text Body");
        break;
    case FilterField::Header:
        name = QStringLiteral("Header");
        break;
    }
    return polarity == Polarity::Exclude ? QStringLiteral("Not ") + name : name;
}

QString headerFieldNameLabel(Polarity polarity)
{
    return polarity == Polarity::Exclude ? QStringLiteral("Not Header Field Name") : QStringLiteral("Header Field Name");
}

} // namespace soar::rules
