#pragma once

#include <QList>
#include <QString>

namespace soar::rules {

// The five pre-filter fields of the settings form; each exists as a filter and as a NOT filter.
enum class FilterField { From, To, Subject, TextBody, Header };

// Whether a filter must match (From) or must not match (Not From).
enum class Polarity { Require, Exclude };

const QList<FilterField> &allFilterFields();

// The label the analyst sees on the form, used in every error and description: "Not Text Body".
QString filterLabel(FilterField field, Polarity polarity);

// The label of the header field name chooser: "Header Field Name" / "Not Header Field Name".
QString headerFieldNameLabel(Polarity polarity);

} // namespace soar::rules
