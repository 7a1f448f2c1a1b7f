#pragma once

#include "common/Result.h"
#include "settings/ResourceSettings.h"
#include "store/OutboxCounts.h"

#include <QObject>
#include <QTimer>

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
// While delivery waits for the analyst (token rejected, no token yet) the secret is read
// again every few seconds, so a token changed in the keychain or the secret command resumes
// it without a restart; the app calls reloadSecret() at once when the form saves a new one.
// Every 15 s the queue is looked at too, for mail `soar-imapd retry` queued again meanwhile.
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
    // Reads the secret again; a new one resumes a paused delivery.
    void reloadSecret();
    // Parked and failed mail of this resource (or only mailId's) is sent again; returns how many.
    common::Result<int> retryFailed(const QString &mailId = {});
    store::OutboxCounts counts() const;
    // Why delivery waits; empty while it works.
    const QString &problemMessage() const { return m_problem; }

signals:
    void pendingCountChanged(int count);
    // Delivered, refused, queued or retried: counts() changed.
    void countsChanged();
    // The token was rejected, the URL is wrong, ...: delivery waits for the analyst.
    void problem(const QString &message);
    // Delivery works again after a problem().
    void recovered();
    void idle();

private:
    void onSecret(const common::Result<QString> &secret);
    void startDelivery(const QString &secret);
    void reportProblem(const QString &message);

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    store::MailStore *m_store;
    QString m_storePath;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<soar::OutboxDelivery> m_delivery;
    QString m_secret; // the one in use, to notice a change
    QString m_problem;
    QTimer m_secretCheck;
    QTimer m_queueCheck;
};

} // namespace soar::daemon
