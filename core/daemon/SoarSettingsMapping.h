#pragma once

// Include this after the other headers of a .cpp file: it brings in namespace soar::soar, and a
// header read after it that names `soar::daemon::...` inside namespace soar would resolve
// `soar` to soar::soar.
#include "settings/ResourceSettings.h"
#include "soar/SoarConnection.h"

namespace soar::daemon {

// A resource's Cloud SOAR settings as the SOAR client takes them.
class SoarSettingsMapping {
public:
    static ::soar::soar::SoarConnection connection(const settings::ResourceSettings &resource, const QString &secret);
};

} // namespace soar::daemon
