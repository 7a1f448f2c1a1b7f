#pragma once

#include "soar/GetIncidentJob.h"
#include "soar/SoarAuthorization.h"
#include "soar/SoarClient.h"
#include "soar/SoarUrl.h"

#include <memory>

namespace soar::test {

// A GET of one incident with the connection's credentials, the request the connection test
// probes the server with (SoarConnectionTest builds its context the same way). nullptr when the
// connection's settings are not usable.
inline std::unique_ptr<soar::GetIncidentJob> incidentProbe(QNetworkAccessManager *network, const soar::SoarConnection &connection,
    const QString &incidentId, const soar::SoarClientOptions &options = {})
{
    const auto api = soar::SoarUrl::normalise(connection.url);
    if (!api.ok())
        return nullptr;
    auto context = soar::SoarClient::contextWithoutCredentials(network, api.value(), connection, options);
    const auto authorization = soar::SoarAuthorization::headerValue(connection);
    if (!context.ok() || !authorization.ok())
        return nullptr;
    context.value().authorization = authorization.value();
    return std::make_unique<soar::GetIncidentJob>(context.value(), incidentId);
}

} // namespace soar::test
