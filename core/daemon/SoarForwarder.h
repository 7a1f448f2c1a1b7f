#pragma once

#include "common/Error.h"
#include "settings/ResourceSettings.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace soar::settings {
class SecretResolver;
}
namespace soar::store {
class MailStore;
class Outbox;
} // namespace soar::store
namespace soar::soar {
class OutboxDelivery;
}

namespace soar::daemon {

// Hands a resource's newly stored mail to Cloud SOAR. The fetch cycle queues each new mail in
// the store's outbox in the same transaction that stores it (IncomingMail::queueForSoar), so
// no crash can leave a stored mail unqueued; this class delivers the queue as incidents from
// the resource's template through OutboxDelivery, independently of fetching: a SOAR outage
// only makes the queue longer, it never stops mail from being fetched into the local store.
class SoarForwarder : public QObject {
    Q_OBJECT
public:
    SoarForwarder(settings::ResourceSettings resource, settings::SecretResolver *secrets, store::MailStore *store,
        QString storePath, QObject *parent = nullptr);
    ~SoarForwarder() override;

    // Opens the outbox and, once the SOAR secret is found, starts delivering.
    common::Error start();
    void stop();
    // For IncomingMailDaemon::mailStored: the mail is queued already; deliver now.
    void wake();
    int pendingCount() const;
    bool isIdle() const;
    const QString &resource() const { return m_resource.name; }

signals:
    void delivered(const QString &mailId, const QString &incidentId);
    void pendingCountChanged(int count);
    // The token was rejected, the URL is wrong, ...: delivery waits for the analyst.
    void problem(const QString &message);
    void idle();

private:
    void startDelivery(const QString &secret);

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    store::MailStore *m_store;
    QString m_storePath;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<soar::OutboxDelivery> m_delivery;
};

} // namespace soar::daemon
