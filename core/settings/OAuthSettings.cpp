#include "settings/OAuthSettings.h"

#include <tuple>

namespace soar::settings {

bool OAuthSettings::operator==(const OAuthSettings &o) const
{
    return std::tie(provider, flow, mechanism, tenant, clientId, scopes, authUrl, tokenUrl, keyFile)
        == std::tie(o.provider, o.flow, o.mechanism, o.tenant, o.clientId, o.scopes, o.authUrl, o.tokenUrl, o.keyFile);
}

} // namespace soar::settings
