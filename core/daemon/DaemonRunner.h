#pragma once

#include "daemon/DaemonOptions.h"
#include "settings/ResourceSettings.h"

#include <QList>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace soar::settings {
class SecretResolver;
class SecretStore;
} // namespace soar::settings
namespace soar::store {
class MailStore;
}

namespace soar::daemon {

class IncomingMailDaemon;
class RetryCommand;
class RunLock;
class SoarForwarder;

// What soar-imapd does for the network commands: once, run, test-action, test-settings, retry.
// start() returns an exit code at once for configuration problems (2) or -1 when the command
// runs on the event loop; finished(exitCode) follows then.
class DaemonRunner : public QObject {
    Q_OBJECT
public:
    DaemonRunner(DaemonOptions options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DaemonRunner() override;

    int start();

signals:
    void finished(int exitCode);

private:
    int loadResources();
    int openStore();
    void startDaemons(bool once, bool dryRun);
    void onDaemonStopped();
    void finishWhenDelivered();
    void finish();
    void printMails();
    void runSettingsTests();

    DaemonOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    QList<settings::ResourceSettings> m_resources;
    std::unique_ptr<store::MailStore> m_store;
    std::unique_ptr<settings::SecretStore> m_keychain;
    std::unique_ptr<settings::SecretResolver> m_secrets;
    std::vector<std::unique_ptr<RunLock>> m_locks;
    std::vector<std::unique_ptr<IncomingMailDaemon>> m_daemons;
    std::vector<std::unique_ptr<SoarForwarder>> m_forwarders;
    std::unique_ptr<RetryCommand> m_retry;
    int m_running = 0;
    bool m_anyFailed = false;
    bool m_finished = false;
};

} // namespace soar::daemon
