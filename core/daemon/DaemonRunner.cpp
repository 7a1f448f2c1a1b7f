#include "daemon/DaemonRunner.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "daemon/IncomingMailDaemon.h"
#include "daemon/MailJson.h"
#include "daemon/ResourceMapping.h"
#include "daemon/RetryCommand.h"
#include "daemon/RunLock.h"
#include "daemon/SettingsTester.h"
#include "daemon/SignalWatcher.h"
#include "daemon/SoarForwarder.h"
#include "settings/EnvironmentSettings.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretResolver.h"
#include "settings/SettingsFile.h"
#include "settings/SettingsValidator.h"
#include "store/MailStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

#include "daemon/SoarSettingsMapping.h" // last: see its comment

namespace soar::daemon {

DaemonRunner::DaemonRunner(DaemonOptions options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_out(out), m_err(err)
{ }

namespace {
// How long `once` waits for Cloud SOAR to take the mails of the run before it exits anyway
// (what is not delivered stays queued for the next run).
constexpr int kOnceDeliveryWaitMs = 120000;
} // namespace

DaemonRunner::~DaemonRunner()
{
    m_retry.reset();
    m_daemons.clear();
    m_forwarders.clear();
    m_locks.clear();
}

int DaemonRunner::loadResources()
{
    // Without --config, SOAR_IMAP_* variables may describe the resource (the Cloud SOAR
    // integration framework's daemon contract passes an integration's fields that way).
    const auto fromEnvironment = m_options.configFile.isEmpty()
        ? settings::EnvironmentSettings::read(QProcessEnvironment::systemEnvironment())
        : std::nullopt;
    const QString path
        = fromEnvironment ? QStringLiteral("the SOAR_IMAP_* environment variables") : common::AppPaths::configFile();
    const auto loaded = fromEnvironment ? *fromEnvironment : settings::SettingsFile::load(path);
    if (!loaded.ok()) {
        m_err << "soar-imapd: " << loaded.error().message << Qt::endl;
        return 2;
    }
    QList<settings::SettingsIssue> issues = settings::SettingsValidator::validate(loaded.value());
    for (const settings::ResourceSettings &r : loaded.value().resources) {
        if (!m_options.resource.isEmpty() && r.name != m_options.resource)
            continue;
        const auto filters = ResourceMapping::filters(r);
        if (!filters.ok())
            issues.append({r.name, QStringLiteral("filters"), filters.error().message});
        if (r.soar.createsIncidents()) {
            if (const auto rule = SoarSettingsMapping::incidentRule(r); !rule.ok())
                issues.append({r.name, QStringLiteral("soar.incidentMapping"), rule.error().message});
        }
        m_resources.append(r);
    }
    if (!issues.isEmpty()) {
        m_err << "soar-imapd: the settings in " << path << " need fixing:\n"
              << settings::SettingsIssue::joined(issues) << Qt::endl;
        return 2;
    }
    if (m_resources.isEmpty()) {
        if (m_options.resource.isEmpty())
            m_err << "soar-imapd: no resource is configured in " << path << " (see docs/configuration.md)" << Qt::endl;
        else
            m_err << "soar-imapd: there is no resource named '" << m_options.resource << "' in " << path << Qt::endl;
        return 2;
    }
    return 0;
}

int DaemonRunner::openStore()
{
    if (!common::AppPaths::ensurePrivateDir(common::AppPaths::dataDir())) {
        m_err << "soar-imapd: cannot create the data folder " << common::AppPaths::dataDir() << Qt::endl;
        return 1;
    }
    m_store = std::make_unique<store::MailStore>();
    // A small page cache: soar-imapd mostly appends, and a large first fetch would fill it.
    const auto opened = m_store->open(common::AppPaths::storeFile(), store::StoreConnection::kFetchOnlyCacheKiB);
    if (!opened.ok()) {
        m_err << "soar-imapd: cannot open the mail store: " << opened.error().toString() << Qt::endl;
        return 1;
    }
    return 0;
}

int DaemonRunner::start()
{
    if (const int code = loadResources())
        return code;
    if (const int code = openStore())
        return code;
    m_keychain = std::make_unique<settings::KeychainSecretStore>();
    m_secrets = std::make_unique<settings::SecretResolver>(m_keychain.get());

    switch (m_options.command) {
    case DaemonOptions::Command::Once:
        startDaemons(true, false);
        break;
    case DaemonOptions::Command::TestAction:
        startDaemons(true, true);
        break;
    case DaemonOptions::Command::Run: {
        auto *watcher = new SignalWatcher(this);
        connect(watcher, &SignalWatcher::terminateRequested, this, [this](int number) {
            common::Logging::get("daemon")->info("signal {} received: stopping after the current mail", number);
            for (auto &daemon : m_daemons)
                daemon->stop();
        });
        startDaemons(false, false);
        break;
    }
    case DaemonOptions::Command::TestSettings:
        runSettingsTests();
        break;
    case DaemonOptions::Command::Retry:
        m_retry = std::make_unique<RetryCommand>(m_options, m_resources, m_secrets.get(), m_store.get(), m_out, m_err);
        connect(m_retry.get(), &RetryCommand::finished, this, &DaemonRunner::finished);
        return m_retry->start();
    default:
        return 2;
    }
    return -1;
}

void DaemonRunner::startDaemons(bool once, bool dryRun)
{
    for (const settings::ResourceSettings &r : m_resources) {
        if (!dryRun) {
            auto lock = std::make_unique<RunLock>(common::AppPaths::dataDir(), r.name);
            const auto acquired = lock->acquire();
            if (!acquired.ok()) {
                m_err << "soar-imapd: " << acquired.error().message << Qt::endl;
                m_anyFailed = true;
                continue;
            }
            m_locks.push_back(std::move(lock));
        }
        IncomingMailDaemon::Options options;
        options.once = once;
        options.dryRun = dryRun;
        // Only `once` prints the mails of its run; `run` keeps no per-mail state between cycles.
        options.cycle.keepStoredMails = once;
        auto daemon = std::make_unique<IncomingMailDaemon>(r, m_secrets.get(), m_store.get(), options);
        connect(daemon.get(), &IncomingMailDaemon::stopped, this, &DaemonRunner::onDaemonStopped, Qt::QueuedConnection);
        if (!dryRun && r.soar.createsIncidents()) {
            auto forwarder = std::make_unique<SoarForwarder>(r, m_secrets.get(), m_store.get(), common::AppPaths::storeFile());
            if (const common::Error error = forwarder->start()) {
                m_err << "soar-imapd: " << r.name << ": the outbox cannot be opened: " << error.toString() << Qt::endl;
                m_anyFailed = true;
            } else {
                connect(daemon.get(), &IncomingMailDaemon::mailStored, forwarder.get(), &SoarForwarder::wake);
                connect(forwarder.get(), &SoarForwarder::recovered, this,
                    [this, name = r.name] { m_err << "soar-imapd: " << name << ": Cloud SOAR takes mail again" << Qt::endl; });
                connect(forwarder.get(), &SoarForwarder::problem, this, [this](const QString &message) {
                    m_err << "soar-imapd: " << message << Qt::endl;
                    m_anyFailed = true;
                });
                m_forwarders.push_back(std::move(forwarder));
            }
        }
        m_daemons.push_back(std::move(daemon));
    }
    m_running = int(m_daemons.size());
    if (m_running == 0) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(1); }, Qt::QueuedConnection);
        return;
    }
    for (auto &daemon : m_daemons)
        daemon->start();
}

void DaemonRunner::onDaemonStopped()
{
    if (--m_running > 0)
        return;
    for (auto &daemon : m_daemons) {
        if (daemon->lastError().isError()) {
            m_anyFailed = true;
            m_err << "soar-imapd: " << daemon->name() << ": " << daemon->lastError().toString() << Qt::endl;
        }
    }
    if (m_options.command == DaemonOptions::Command::Once && !m_forwarders.empty()) {
        finishWhenDelivered();
        return;
    }
    finish();
}

void DaemonRunner::finishWhenDelivered()
{
    auto check = [this] {
        for (const auto &forwarder : m_forwarders) {
            if (!forwarder->isIdle())
                return;
        }
        finish();
    };
    for (const auto &forwarder : m_forwarders) {
        connect(forwarder.get(), &SoarForwarder::idle, this, check, Qt::QueuedConnection);
        connect(forwarder.get(), &SoarForwarder::problem, this, check, Qt::QueuedConnection);
    }
    QTimer::singleShot(kOnceDeliveryWaitMs, this, [this] {
        m_err << "soar-imapd: Cloud SOAR did not take every mail in time; the rest stays queued for the next run" << Qt::endl;
        finish();
    });
    QMetaObject::invokeMethod(this, check, Qt::QueuedConnection);
}

void DaemonRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const auto &forwarder : m_forwarders)
        forwarder->stop();
    if (m_options.command != DaemonOptions::Command::Run)
        printMails();
    emit finished(m_anyFailed ? 1 : 0);
}

void DaemonRunner::printMails()
{
    const bool dryRun = m_options.command == DaemonOptions::Command::TestAction;
    // A stored mail carries its contract object already; a dry run's mail is converted here.
    auto contractOf = [dryRun](const FetchCycle::FetchedMail &m) {
        if (!m.contract.isEmpty())
            return QJsonDocument::fromJson(m.contract).object();
        return MailJson::contract(*m.mail, m.uid, dryRun ? std::nullopt : std::optional<QString>(m.mailId));
    };
    if (m_options.json) {
        QJsonArray array;
        for (auto &daemon : m_daemons) {
            for (const FetchCycle::FetchedMail &m : daemon->lastMails()) {
                if (!dryRun && m.duplicate)
                    continue; // the daemon contract: what this run added
                QJsonObject object = contractOf(m);
                object.insert(QStringLiteral("resource"), daemon->name());
                array.append(object);
            }
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        m_out.flush();
        return;
    }
    for (auto &daemon : m_daemons) {
        const store::RunRecord &run = daemon->lastRun();
        m_out << daemon->name() << ": " << run.matched << " matched, " << run.downloaded << " downloaded, "
              << run.droppedByClientCheck << " dropped by the exact check, " << (dryRun ? 0 : run.stored) << " stored, "
              << run.duplicates << " duplicates, " << run.failed << " failed\n";
        for (const FetchCycle::FetchedMail &m : daemon->lastMails()) {
            const QJsonObject c = contractOf(m);
            m_out << "  " << (dryRun ? QStringLiteral("UID %1").arg(m.uid) : m.mailId) << "  "
                  << c.value(QStringLiteral("date")).toString() << "  " << c.value(QStringLiteral("from")).toString() << "  "
                  << c.value(QStringLiteral("subject")).toString();
            QStringList attachments;
            for (const QJsonValue &name : c.value(QStringLiteral("attachments")).toArray())
                attachments << name.toString();
            if (!attachments.isEmpty())
                m_out << "  [" << attachments.join(QStringLiteral(", ")) << "]";
            m_out << '\n';
        }
    }
    m_out.flush();
}

void DaemonRunner::runSettingsTests()
{
    m_running = int(m_resources.size());
    auto results = std::make_shared<QJsonArray>();
    for (const settings::ResourceSettings &r : m_resources) {
        auto *tester = new SettingsTester(r, m_secrets.get(), this);
        connect(tester, &SettingsTester::finished, this, [this, tester, results, name = r.name](bool ok) {
            m_anyFailed = m_anyFailed || !ok;
            if (m_options.json) {
                results->append(QJsonObject {{QStringLiteral("resource"), name}, {QStringLiteral("ok"), ok},
                    {QStringLiteral("steps"), tester->stepsJson()}, {QStringLiteral("folders"), tester->foldersJson()}});
            } else {
                m_out << name << ": " << (ok ? "all steps passed" : "FAILED") << '\n';
                for (const SettingsTester::Step &step : tester->steps())
                    m_out << "  [" << (step.ok ? "ok" : "FAIL") << "] " << step.title << ": " << step.message << '\n';
                if (!tester->folders().isEmpty())
                    m_out << "  folders:" << '\n';
                for (const FolderChoice &folder : tester->folders())
                    m_out << "    " << folder.label() << '\n';
                m_out.flush();
            }
            tester->deleteLater();
            if (--m_running == 0) {
                if (m_options.json)
                    m_out << QJsonDocument(*results).toJson(QJsonDocument::Indented);
                m_out.flush();
                emit finished(m_anyFailed ? 1 : 0);
            }
        });
        tester->start();
    }
}

} // namespace soar::daemon
