#include "daemon/DaemonPool.h"

#include "common/Logging.h"
#include "daemon/ResourceMapping.h"
#include "daemon/RunLock.h"
#include "daemon/SoarForwarder.h"
#include "settings/SettingsValidator.h"

namespace soar::daemon {

DaemonPool::DaemonPool(
    store::MailStore *store, settings::SecretResolver *secrets, QString dataDir, QString storePath, QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_dataDir(std::move(dataDir)), m_storePath(std::move(storePath))
{ }

DaemonPool::~DaemonPool()
{
    for (auto &[name, entry] : m_entries) {
        entry.daemon.reset();
        entry.forwarder.reset();
    }
}

QStringList DaemonPool::resources() const
{
    QStringList names;
    for (const auto &[name, entry] : m_entries)
        names << name;
    return names;
}

IncomingMailDaemon *DaemonPool::daemon(const QString &name) const
{
    const auto it = m_entries.find(name);
    return it == m_entries.end() ? nullptr : it->second.daemon.get();
}

void DaemonPool::apply(const settings::AppSettings &settings)
{
    QSet<QString> wanted;
    for (const settings::ResourceSettings &r : settings.resources) {
        // Resources with invalid settings are not started; the form shows what to fix.
        if (!settings::SettingsValidator::validate(r).isEmpty() || !ResourceMapping::filters(r).ok())
            continue;
        wanted.insert(r.name);
        auto it = m_entries.find(r.name);
        if (it == m_entries.end()) {
            m_entries[r.name].settings = r;
            startEntry(r.name);
        } else if (it->second.settings != r) {
            it->second.settings = r;
            if (it->second.daemon) {
                it->second.restartAfterStop = true;
                it->second.daemon->stop();
            } else {
                startEntry(r.name);
            }
        }
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (wanted.contains(it->first)) {
            ++it;
            continue;
        }
        if (it->second.daemon && it->second.daemon->state() != IncomingMailDaemon::State::Stopped) {
            it->second.restartAfterStop = false;
            it->second.daemon->stop();
            ++it; // removed in onStopped
        } else {
            it = m_entries.erase(it);
        }
    }
}

void DaemonPool::startEntry(const QString &name)
{
    Entry &entry = m_entries[name];
    if (!entry.lock)
        entry.lock = std::make_unique<RunLock>(m_dataDir, name);
    const auto locked = entry.lock->acquire();
    if (!locked.ok()) {
        emit resourceBlocked(name, locked.error().message);
        return;
    }
    IncomingMailDaemon::Options options;
    options.cycle.keepStoredMails = false; // the Mails tab reads the store
    entry.daemon = std::make_unique<IncomingMailDaemon>(entry.settings, m_secrets, m_store, options);
    IncomingMailDaemon *d = entry.daemon.get();
    connect(d, &IncomingMailDaemon::stateChanged, this, [this, name, d](IncomingMailDaemon::State state) {
        emit resourceStateChanged(name, state, d->lastError().isError() ? d->lastError().toString() : QString());
    });
    connect(d, &IncomingMailDaemon::mailStored, this, [this, name](const QString &mailId) { emit mailStored(name, mailId); });
    connect(d, &IncomingMailDaemon::serverAlert, this, [this, name](const QString &text) { emit serverAlert(name, text); });
    connect(
        d, &IncomingMailDaemon::runFinished, this, [this, name](const store::RunRecord &run) { emit runFinished(name, run); });
    connect(
        d, &IncomingMailDaemon::stopped, this, [this, name] { onStopped(name); }, Qt::QueuedConnection);
    entry.forwarder.reset();
    if (entry.settings.soar.createsIncidents() && !m_storePath.isEmpty()) {
        auto forwarder = std::make_unique<SoarForwarder>(entry.settings, m_secrets, m_store, m_storePath);
        if (const common::Error error = forwarder->start()) {
            emit soarProblem(name, error.toString());
        } else {
            connect(d, &IncomingMailDaemon::mailStored, forwarder.get(), &SoarForwarder::wake);
            connect(forwarder.get(), &SoarForwarder::pendingCountChanged, this,
                [this, name](int count) { emit soarPendingChanged(name, count); });
            connect(forwarder.get(), &SoarForwarder::countsChanged, this, [this, name] { emit soarCountsChanged(name); });
            connect(forwarder.get(), &SoarForwarder::recovered, this, [this, name] { emit soarRecovered(name); });
            connect(forwarder.get(), &SoarForwarder::problem, this,
                [this, name](const QString &message) { emit soarProblem(name, message); });
            entry.forwarder = std::move(forwarder);
        }
    }
    d->start();
    if (m_paused)
        d->pause();
}

void DaemonPool::onStopped(const QString &name)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    Entry &entry = it->second;
    entry.daemon.reset();
    entry.forwarder.reset();
    if (entry.restartAfterStop && !m_stoppingAll) {
        entry.restartAfterStop = false;
        startEntry(name);
        return;
    }
    if (!m_stoppingAll) {
        // Removed from the settings, or stopped for good.
        entry.lock.reset();
        m_entries.erase(it);
    }
    if (m_stoppingAll) {
        const bool anyRunning
            = std::any_of(m_entries.begin(), m_entries.end(), [](const auto &e) { return e.second.daemon != nullptr; });
        if (!anyRunning) {
            m_entries.clear();
            m_stoppingAll = false;
            emit allStopped();
        }
    }
}

void DaemonPool::reloadSoarSecret(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it != m_entries.end() && it->second.forwarder)
        it->second.forwarder->reloadSecret();
}

common::Result<int> DaemonPool::retrySoar(const QString &name, const QString &mailId)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end() || !it->second.forwarder)
        return common::Error(common::Error::Kind::Config,
            QStringLiteral("%1 does not deliver to Cloud SOAR now: set its Cloud SOAR URL and incident template ID, save, "
                           "then retry.")
                .arg(name));
    return it->second.forwarder->retryFailed(mailId);
}

std::optional<store::OutboxCounts> DaemonPool::soarCounts(const QString &name) const
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end() || !it->second.forwarder)
        return std::nullopt;
    store::OutboxCounts counts = it->second.forwarder->counts();
    // A paused delivery's reason is newer than any item's last error.
    if (!it->second.forwarder->problemMessage().isEmpty())
        counts.lastError = it->second.forwarder->problemMessage();
    return counts;
}

void DaemonPool::pauseAll()
{
    m_paused = true;
    for (auto &[name, entry] : m_entries) {
        if (entry.daemon)
            entry.daemon->pause();
    }
}

void DaemonPool::resumeAll()
{
    m_paused = false;
    for (auto &[name, entry] : m_entries) {
        if (entry.daemon)
            entry.daemon->resume();
    }
}

void DaemonPool::pollAll()
{
    for (auto &[name, entry] : m_entries) {
        if (entry.daemon)
            entry.daemon->pollNow();
    }
}

void DaemonPool::stopAll()
{
    m_stoppingAll = true;
    bool anyRunning = false;
    for (auto &[name, entry] : m_entries) {
        if (entry.daemon) {
            anyRunning = true;
            entry.restartAfterStop = false;
            entry.daemon->stop();
        }
    }
    if (!anyRunning) {
        m_entries.clear();
        m_stoppingAll = false;
        QMetaObject::invokeMethod(
            this, [this] { emit allStopped(); }, Qt::QueuedConnection);
    }
}

} // namespace soar::daemon
