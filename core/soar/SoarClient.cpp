#include "soar/SoarClient.h"

#include "soar/CreateIncidentJob.h"
#include "soar/QtRequestTimer.h"
#include "soar/SoarAuthorization.h"
#include "soar/UpdateIncidentJob.h"

namespace soar::soar {

common::Result<SoarJobContext> SoarClient::contextWithoutCredentials(
    QNetworkAccessManager *network, const SoarApiBase &api, const SoarConnection &connection, const SoarClientOptions &options)
{
    const auto tls = SoarTlsPolicy::create(connection.tls);
    if (!tls.ok())
        return tls.error();
    SoarJobContext context;
    context.network = network;
    context.apiBase = api.apiBase;
    context.auth = connection.auth;
    context.tls = tls.value();
    context.timerFactory = options.timerFactory ? options.timerFactory : QtRequestTimer::factory();
    context.now = options.now ? options.now : [] { return QDateTime::currentDateTimeUtc(); };
    context.timeout = options.timeout;
    return context;
}

common::Result<SoarClient> SoarClient::create(
    QNetworkAccessManager *network, const SoarConnection &connection, SoarClientOptions options)
{
    const auto api = SoarUrl::normalise(connection.url);
    if (!api.ok())
        return api.error();
    auto context = contextWithoutCredentials(network, api.value(), connection, options);
    if (!context.ok())
        return context.error();
    const auto authorization = SoarAuthorization::headerValue(connection);
    if (!authorization.ok())
        return authorization.error();

    SoarClient client;
    client.m_context = std::move(context).value();
    client.m_context.authorization = authorization.value();
    return client;
}

CreateIncidentJob *SoarClient::createIncident(const QJsonObject &body, const QByteArray &idempotencyKey, QObject *parent) const
{
    return new CreateIncidentJob(m_context, body, idempotencyKey, parent);
}

UpdateIncidentJob *SoarClient::updateIncident(const QString &incidentId, const QString &additionalInfo, QObject *parent) const
{
    return new UpdateIncidentJob(m_context, incidentId, additionalInfo, parent);
}

} // namespace soar::soar
