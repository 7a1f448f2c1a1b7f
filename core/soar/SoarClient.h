#pragma once

#include "common/Result.h"
#include "soar/SoarClientOptions.h"
#include "soar/SoarConnection.h"
#include "soar/SoarJobContext.h"
#include "soar/SoarUrl.h"

#include <QJsonObject>

class QNetworkAccessManager;
class QObject;

namespace soar::soar {

class CreateIncidentJob;
class UpdateIncidentJob;

// The Cloud SOAR REST client: checks a connection's settings once and hands out one job per
// request. Jobs are returned unstarted: connect to finished(), then call start().
//
// Proxy: jobs use the QNetworkAccessManager's proxy. The application calls
// QNetworkProxyFactory::setUseSystemConfiguration(true) once at start so the system proxy
// is honoured; the client never sets a proxy itself.
//
// TLS: Qt keys its connection cache by scheme, host and port only, so requests with different
// TLS options on one QNetworkAccessManager can share a connection verified under the other
// options. Give each SOAR configuration its own manager, and a new one when the TLS options
// change.
class SoarClient {
public:
    // Fails with an actionable Config error for a bad URL, CA file, fingerprint or credentials.
    static common::Result<SoarClient> create(
        QNetworkAccessManager *network, const SoarConnection &connection, SoarClientOptions options = {});

    CreateIncidentJob *createIncident(const QJsonObject &body, const QByteArray &idempotencyKey, QObject *parent = nullptr) const;
    UpdateIncidentJob *updateIncident(const QString &incidentId, const QString &additionalInfo, QObject *parent = nullptr) const;

    // The context without a connection's checks failing on credentials: for the connection
    // test's reachability probe, which must work before a token is entered.
    static common::Result<SoarJobContext> contextWithoutCredentials(QNetworkAccessManager *network, const SoarApiBase &api,
        const SoarConnection &connection, const SoarClientOptions &options);

private:
    SoarClient() = default;

    SoarJobContext m_context;
};

} // namespace soar::soar
