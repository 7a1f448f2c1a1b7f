#include "soar/SoarConnectionTest.h"

#include "soar/GetIncidentJob.h"
#include "soar/SoarAuthorization.h"
#include "soar/SoarClient.h"
#include "soar/SoarEndpoints.h"
#include "soar/SoarUrl.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace soar::soar {

using Kind = ConnectionTestStep::Kind;
using State = ConnectionTestStep::State;
using common::Error;

SoarConnectionTest::SoarConnectionTest(
    QNetworkAccessManager *network, SoarConnection connection, SoarClientOptions options, QObject *parent)
    : QObject(parent), m_network(network), m_connection(std::move(connection)), m_options(std::move(options))
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    for (Kind kind : {Kind::Url, Kind::Reachable, Kind::Credentials})
        m_steps.append(ConnectionTestStep {kind, State::NotRun, {}});
}

bool SoarConnectionTest::passed() const
{
    return std::all_of(m_steps.begin(), m_steps.end(), [](const ConnectionTestStep &s) { return s.passed(); });
}

void SoarConnectionTest::start()
{
    // Reported from the event loop so callers can connect after start().
    QTimer::singleShot(0, this, &SoarConnectionTest::run);
}

void SoarConnectionTest::run()
{
    const auto api = SoarUrl::normalise(m_connection.url);
    if (!api.ok()) {
        report(Kind::Url, false, api.error().message);
        finish();
        return;
    }
    QString explanation = api.value().explanation;
    if (api.value().deployment == SoarDeployment::SumoApi && m_connection.auth == SoarAuthMode::Jwt)
        explanation
            += QStringLiteral(" Note: the Sumo Logic API is documented with an Access ID and Access Key, not a user token.");
    report(Kind::Url, true, explanation);

    auto context = SoarClient::contextWithoutCredentials(m_network, api.value(), m_connection, m_options);
    if (!context.ok()) {
        report(Kind::Reachable, false, context.error().message);
        finish();
        return;
    }
    // Without usable credentials the probe still shows whether the server is reachable.
    const auto authorization = SoarAuthorization::headerValue(m_connection);
    if (authorization.ok())
        context.value().authorization = authorization.value();
    else
        m_credentialsProblem = authorization.error().message;

    m_probe = new GetIncidentJob(context.value(), SoarEndpoints::kProbeIncidentId, this);
    connect(m_probe, &SoarJob::finished, this, &SoarConnectionTest::onProbeFinished);
    m_probe->start();
}

void SoarConnectionTest::onProbeFinished(const SoarResult &result)
{
    m_probe->deleteLater();
    const bool answeredAsApi
        = result.httpStatus != 0 && result.error.kind != Error::Kind::Config && result.error.kind != Error::Kind::Protocol;
    if (!answeredAsApi) {
        report(Kind::Reachable, false, result.error.message);
        finish();
        return;
    }
    report(Kind::Reachable, true,
        m_connection.url.trimmed().startsWith(QLatin1String("http://"))
            ? QStringLiteral("The Cloud SOAR API answered (plain http on this computer).")
            : QStringLiteral("The Cloud SOAR API answered over TLS with a verified certificate."));
    if (!m_credentialsProblem.isEmpty())
        report(Kind::Credentials, false, m_credentialsProblem);
    else if (result.ok() || result.error.kind == Error::Kind::NotFound)
        report(Kind::Credentials, true, QStringLiteral("Cloud SOAR accepted the credentials."));
    else if (result.error.kind == Error::Kind::Auth)
        report(Kind::Credentials, false, result.error.message);
    else
        report(Kind::Credentials, false,
            QStringLiteral("Could not check the credentials: %1 Try the test again later.").arg(result.error.message));
    finish();
}

void SoarConnectionTest::report(Kind kind, bool ok, const QString &message)
{
    ConnectionTestStep &step = m_steps[int(kind)];
    step.state = ok ? State::Passed : State::Failed;
    step.message = message;
    emit stepFinished(step);
}

void SoarConnectionTest::finish()
{
    if (m_done)
        return;
    m_done = true;
    emit finished(passed());
}

} // namespace soar::soar
