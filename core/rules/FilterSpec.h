#pragma once

#include "common/Result.h"
#include "rules/FilterSet.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace soar::rules {

// The pre-filters of one resource, parsed and validated from the settings' strings.
// Setting keys: from, to, subject, textBody, header, headerField and the same with a "not"
// prefix (notFrom, ..., notHeaderField). See ValueListParser for the value syntax.
struct FilterSpec {
    FilterSet require; // every non-empty field must match
    FilterSet exclude; // a mail matching any value of any field is dropped

    // Fails with a Kind::Config error naming the field on the first invalid input: an unknown
    // key, CR/LF/NUL, a bad quote, a From/To value that is no address or domain, Header values
    // without a header field name, or a header field name that is not RFC 5322 ftext.
    static common::Result<FilterSpec> fromSettings(const QMap<QString, QString> &settings);

    static const QStringList &settingKeys();

    const FilterSet &set(Polarity polarity) const { return polarity == Polarity::Require ? require : exclude; }
    bool isEmpty() const { return require.isEmpty() && exclude.isEmpty(); }
    bool operator==(const FilterSpec &o) const { return require == o.require && exclude == o.exclude; }
};

} // namespace soar::rules
