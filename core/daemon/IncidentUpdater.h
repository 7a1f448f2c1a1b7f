#pragma once

#include "settings/ResourceSettings.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace soar::settings {
class SecretResolver;
}
namespace soar::store {
class MailStore;
}

namespace soar::daemon {

// "Add mail to incident" on the Cloud SOAR side: after the link is recorded in the local store,
// appends the mail's summary to the incident's additional info (the documented v2 update).
// One updater per request; finished() exactly once.
class IncidentUpdater : public QObject {
    Q_OBJECT
public:
    IncidentUpdater(settings::ResourceSettings resource, settings::SecretResolver *secrets, store::MailStore *store,
        QObject *parent = nullptr);
    ~IncidentUpdater() override;

    void update(const QString &mailId, const QString &incidentId);

signals:
    void finished(bool ok, const QString &message);

private:
    void send(const QString &secret, const QString &mailId, const QString &incidentId);

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    store::MailStore *m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace soar::daemon
