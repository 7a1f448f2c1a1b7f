#include "daemon/SoarSettingsMapping.h"

namespace soar::daemon {

::soar::soar::SoarConnection SoarSettingsMapping::connection(const settings::ResourceSettings &r, const QString &secret)
{
    ::soar::soar::SoarConnection c;
    c.url = r.soar.url;
    c.auth = r.soar.auth == settings::SoarAuth::Jwt ? ::soar::soar::SoarAuthMode::Jwt : ::soar::soar::SoarAuthMode::AccessKey;
    c.accessId = r.soar.accessId;
    c.secret = secret;
    c.tls.caFile = r.soar.caFile;
    c.tls.trustedFingerprint = r.soar.trustedFingerprint;
    return c;
}

} // namespace soar::daemon
