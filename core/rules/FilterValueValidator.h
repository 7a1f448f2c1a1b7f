#pragma once

#include "common/Error.h"

#include <QString>

namespace soar::rules {

// Checks the values whose shape is constrained: From/To values are an address (sales@sumologic.com)
// or a domain (sumologic.com), and a header field name is RFC 5322 ftext (printable ASCII
// except ':'). Returns a Kind::Config error naming the field, or no error.
class FilterValueValidator {
public:
    static common::Error checkAddressOrDomain(const QString &value, const QString &label);
    static common::Error checkHeaderFieldName(const QString &name, const QString &label);

private:
    static bool isValidDomain(const QString &domain);
};

} // namespace soar::rules
