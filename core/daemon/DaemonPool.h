#pragma once

#include "common/Error.h"
#include "daemon/IncomingMailDaemon.h"
#include "settings/ResourceSettings.h"
#include "store/OutboxCounts.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace soar::settings {
class SecretResolver;
}
namespace soar::store {
class MailStore;
}

namespace soar::daemon {

class RunLock;
class SoarForwarder;

// The Incoming Mail Daemons of every configured resource, side by side, as the desktop app
// runs them: started and restarted from the saved settings, paused and resumed together from
// the tray, each holding its resource's run lock so soar-imapd cannot poll it at the same time.
class DaemonPool : public QObject {
    Q_OBJECT
public:
    // storePath: the store's file, for the Cloud SOAR outbox of resources that create incidents.
    DaemonPool(store::MailStore *store, settings::SecretResolver *secrets, QString dataDir, QString storePath = {},
        QObject *parent = nullptr);
    ~DaemonPool() override;

    // Starts daemons for new resources, restarts those whose settings changed, stops removed ones.
    void apply(const settings::AppSettings &settings);
    void pauseAll();
    void resumeAll();
    void pollAll();
    // Graceful: every daemon finishes its current mail; allStopped() follows.
    void stopAll();

    bool isPaused() const { return m_paused; }
    QStringList resources() const;
    IncomingMailDaemon *daemon(const QString &name) const;

    // Cloud SOAR delivery of a resource that creates incidents (nullopt / errors otherwise).
    // After the form saved the resource: a new token or access key resumes a paused delivery.
    void reloadSoarSecret(const QString &name);
    // Refused and failed mail of the resource (or only mailId's) is sent again; how many.
    common::Result<int> retrySoar(const QString &name, const QString &mailId = {});
    std::optional<store::OutboxCounts> soarCounts(const QString &name) const;

signals:
    void resourceStateChanged(const QString &resource, soar::daemon::IncomingMailDaemon::State state, const QString &lastError);
    void resourceBlocked(const QString &resource, const QString &reason); // e.g. locked by soar-imapd
    void mailStored(const QString &resource, const QString &mailId);
    void serverAlert(const QString &resource, const QString &text); // [ALERT], for the analyst
    void runFinished(const QString &resource, const soar::store::RunRecord &run);
    void allStopped();
    void soarPendingChanged(const QString &resource, int count);
    void soarProblem(const QString &resource, const QString &message);
    void soarRecovered(const QString &resource);
    void soarCountsChanged(const QString &resource);

private:
    struct Entry {
        settings::ResourceSettings settings;
        std::unique_ptr<RunLock> lock;
        std::unique_ptr<IncomingMailDaemon> daemon;
        std::unique_ptr<SoarForwarder> forwarder;
        bool restartAfterStop = false;
    };
    void startEntry(const QString &name);
    void onStopped(const QString &name);

    store::MailStore *m_store;
    settings::SecretResolver *m_secrets;
    QString m_dataDir;
    QString m_storePath;
    std::map<QString, Entry> m_entries;
    bool m_paused = false;
    bool m_stoppingAll = false;
};

} // namespace soar::daemon
