#pragma once

// Include this after the other headers of a .cpp file: it brings in namespace soar::soar, and a
// header read after it that names `soar::daemon::...` inside namespace soar would resolve
// `soar` to soar::soar.
#include "common/Result.h"
#include "settings/ResourceSettings.h"
#include "soar/IncidentRule.h"
#include "soar/SoarConnection.h"

namespace soar::daemon {

// A resource's Cloud SOAR settings as the SOAR client takes them.
class SoarSettingsMapping {
public:
    static ::soar::soar::SoarConnection connection(const settings::ResourceSettings &resource, const QString &secret);
    // The resource's incident rule: its template and field mapping (the default mapping when
    // the settings name none). Fails with the settings key and the fix for an unknown mail
    // value or a field filled twice.
    static common::Result<::soar::soar::IncidentRule> incidentRule(const settings::ResourceSettings &resource);
};

} // namespace soar::daemon
