#pragma once

#include "daemon/DaemonOptions.h"
#include "settings/ResourceSettings.h"
#include "store/OutboxItem.h"

#include <QObject>
#include <QTextStream>

#include <memory>
#include <vector>

namespace soar::settings {
class SecretResolver;
}
namespace soar::store {
class MailStore;
}

namespace soar::daemon {

class RunLock;
class SoarForwarder;

// `soar-imapd retry [--resource NAME] (MAIL_ID | --failed)`: mail Cloud SOAR refused (or that
// failed locally) is queued again and, unless the app or `soar-imapd run` holds the resource
// (they look at the queue every 15 s and send it), delivered now; then says per mail what happened.
class RetryCommand : public QObject {
    Q_OBJECT
public:
    RetryCommand(DaemonOptions options, QList<settings::ResourceSettings> resources, settings::SecretResolver *secrets,
        store::MailStore *store, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~RetryCommand() override;

    // An exit code at once, or -1 and finished(exitCode) later.
    int start();

signals:
    void finished(int exitCode);

private:
    struct Delivery {
        QString resource;
        QVector<store::OutboxItem> items;
        std::unique_ptr<RunLock> lock;
        std::unique_ptr<SoarForwarder> forwarder;
    };
    void checkDone();
    void report();

    DaemonOptions m_options;
    QList<settings::ResourceSettings> m_resources;
    settings::SecretResolver *m_secrets;
    store::MailStore *m_store;
    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<Delivery> m_deliveries;
    bool m_anyFailed = false;
    bool m_finished = false;
};

} // namespace soar::daemon
