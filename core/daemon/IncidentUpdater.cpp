#include "daemon/IncidentUpdater.h"

#include "settings/SecretResolver.h"
#include "soar/MailField.h"
#include "soar/MailSummaryFromStore.h"
#include "soar/SoarClient.h"
#include "soar/UpdateIncidentJob.h"
#include "store/MailStore.h"

#include <QNetworkAccessManager>

#include "daemon/SoarSettingsMapping.h" // last: see its comment

namespace soar::daemon {

IncidentUpdater::IncidentUpdater(
    settings::ResourceSettings resource, settings::SecretResolver *secrets, store::MailStore *store, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets), m_store(store)
{ }

IncidentUpdater::~IncidentUpdater() = default;

void IncidentUpdater::update(const QString &mailId, const QString &incidentId)
{
    if (!m_resource.soar.isConfigured()) {
        emit finished(true, tr("Linked in the local store (no Cloud SOAR is configured for %1).").arg(m_resource.name));
        return;
    }
    m_secrets->resolve(m_resource, settings::SecretResolver::Secret::SoarSecret,
        [this, mailId, incidentId](const common::Result<QString> &secret) {
            if (!secret.ok()) {
                emit finished(false, tr("No Cloud SOAR token or access key: %1").arg(secret.error().message));
                return;
            }
            send(secret.value(), mailId, incidentId);
        });
}

void IncidentUpdater::send(const QString &secret, const QString &mailId, const QString &incidentId)
{
    const auto stored = m_store->mail(mailId);
    if (!stored.ok()) {
        emit finished(false, stored.error().toString());
        return;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    const auto client = soar::SoarClient::create(m_network.get(), SoarSettingsMapping::connection(m_resource, secret));
    if (!client.ok()) {
        emit finished(false, client.error().message);
        return;
    }
    const QString summary = soar::MailFields::summaryText(soar::mailSummaryFromStore(stored.value()));
    soar::UpdateIncidentJob *job = client.value().updateIncident(incidentId, summary, this);
    connect(job, &soar::SoarJob::finished, this, [this, job, incidentId](const soar::SoarResult &result) {
        job->deleteLater();
        if (result.error)
            emit finished(false, result.error.message);
        else
            emit finished(true, tr("Mail added to Cloud SOAR incident %1.").arg(incidentId));
    });
    job->start();
}

} // namespace soar::daemon
