#pragma once

#include "daemon/IncomingMailDaemon.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace soar::daemon {
class DaemonPool;
}
namespace soar::settings {
class SecretResolver;
class SecretStore;
} // namespace soar::settings
namespace soar::store {
class MailStore;
}

namespace soar::ui {

class MainWindow;
class Toast;

// Connects the main window to the core: the daemons follow the saved settings, the tray's
// Poll now / Pause all / Resume all reach them, their states colour the resource dots, and
// Test Saved Settings / Test Action run on the saved settings of the selected resource.
class AppController : public QObject {
    Q_OBJECT
public:
    // storePath: the store's file (the Cloud SOAR outbox lives there too); empty: no SOAR delivery.
    AppController(MainWindow *window, store::MailStore *store, settings::SecretStore *secrets, const QString &dataDir,
        const QString &storePath = {}, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    daemon::DaemonPool *pool() const { return m_pool.get(); }

private:
    void applySettings();
    // "Add to incident" in the Mails tab: also tell Cloud SOAR when the resource has one.
    void addToSoarIncident(const QString &mailId, const QString &incidentId);
    void testSavedSettings(const QString &resource);
    void testAction(const QString &resource);
    void onStateChanged(const QString &resource, daemon::IncomingMailDaemon::State state, const QString &lastError);
    void onSignedIn(const QString &resource);
    void resumeAfterSignIn(const QString &resource);
    // Cloud SOAR delivery: the queue in the resource list and tray, Test connection, retries.
    void showSoarQueue(const QString &resource);
    void testSoarConnection();
    void retrySoar(const QString &resource, const QString &mailId);

    MainWindow *m_window;
    store::MailStore *m_store;
    std::unique_ptr<settings::SecretResolver> m_secrets;
    std::unique_ptr<daemon::DaemonPool> m_pool;
    Toast *m_toast;
    QSet<QString> m_waitingForSignIn; // resources the daemons paused until an OAuth sign-in
};

} // namespace soar::ui
