#pragma once

#include "soar/MailSummaryForSoar.h"
#include "store/StoredMail.h"

namespace soar::soar {

// The SOAR view of a stored mail: everything the store keeps. Indicators (iocLines) come from
// the analysis tools, which the caller adds when it has them.
MailSummaryForSoar mailSummaryFromStore(const store::StoredMail &mail);

} // namespace soar::soar
