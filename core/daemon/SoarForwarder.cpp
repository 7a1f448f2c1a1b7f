#include "daemon/SoarForwarder.h"

#include "common/Logging.h"
#include "mime/MailParser.h"
#include "settings/SecretResolver.h"
#include "soar/IncidentRule.h"
#include "soar/MailSummaryFromStore.h"
#include "soar/OutboxDelivery.h"
#include "soar/SoarClient.h"
#include "store/MailStore.h"
#include "store/Outbox.h"
#include "tools/IocExtractor.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include "daemon/SoarSettingsMapping.h" // last: see its comment

namespace soar::daemon {

using common::Error;

namespace {

constexpr int kMaxIocLines = 50;
// How often a paused delivery looks for a new token (keychain, secret command, environment).
constexpr int kSecretCheckMs = 5000;
// How often the queue is looked at for mail another process (soar-imapd retry) queued again.
constexpr int kQueueCheckMs = 15000;

std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("soar");
}

} // namespace

SoarForwarder::SoarForwarder(settings::ResourceSettings resource, settings::SecretResolver *secrets, store::MailStore *store,
    QString storePath, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets), m_store(store), m_storePath(std::move(storePath))
{
    m_secretCheck.setInterval(kSecretCheckMs);
    connect(&m_secretCheck, &QTimer::timeout, this, &SoarForwarder::reloadSecret);
    m_queueCheck.setInterval(kQueueCheckMs);
    connect(&m_queueCheck, &QTimer::timeout, this, &SoarForwarder::wake);
}

SoarForwarder::~SoarForwarder()
{
    m_delivery.reset();
}

Error SoarForwarder::start()
{
    m_outbox = std::make_unique<store::Outbox>();
    const auto opened = m_outbox->open(m_storePath);
    if (!opened.ok())
        return opened.error();
    reloadSecret();
    return {};
}

void SoarForwarder::reloadSecret()
{
    QPointer<SoarForwarder> self(this);
    m_secrets->resolve(m_resource, settings::SecretResolver::Secret::SoarSecret, [self](const common::Result<QString> &secret) {
        if (self)
            self->onSecret(secret);
    });
}

void SoarForwarder::onSecret(const common::Result<QString> &secret)
{
    if (!secret.ok()) {
        if (!m_delivery) {
            reportProblem(
                QStringLiteral("%1: no Cloud SOAR token or access key: %2").arg(m_resource.name, secret.error().message));
            m_secretCheck.start(); // until one is entered
        }
        return;
    }
    if (m_delivery && secret.value() == m_secret)
        return;
    if (!m_delivery) {
        startDelivery(secret.value());
        return;
    }
    auto client = soar::SoarClient::create(m_network.get(), SoarSettingsMapping::connection(m_resource, secret.value()));
    if (!client.ok()) {
        reportProblem(QStringLiteral("%1: %2").arg(m_resource.name, client.error().message));
        return;
    }
    m_secret = secret.value();
    log()->info("[{}] a new Cloud SOAR token or access key: delivery goes on with it", m_resource.name);
    m_delivery->resumeWith(client.value());
}

void SoarForwarder::reportProblem(const QString &message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    log()->error("[{}] {}", m_resource.name, message);
    emit problem(message);
}

common::Result<int> SoarForwarder::retryFailed(const QString &mailId)
{
    if (!m_outbox)
        return common::Error(
            Error::Kind::Internal, QStringLiteral("The Cloud SOAR outbox of %1 is not open.").arg(m_resource.name));
    const auto retried = m_outbox->retryFailed(m_resource.name, mailId);
    if (!retried.ok())
        return retried.error();
    if (!retried.value().isEmpty()) {
        log()->info("[{}] {} mail(s) queued for Cloud SOAR again by hand", m_resource.name, retried.value().size());
        emit countsChanged();
        wake();
    }
    return int(retried.value().size());
}

store::OutboxCounts SoarForwarder::counts() const
{
    if (!m_outbox)
        return {};
    auto counts = m_outbox->counts(m_resource.name);
    if (!counts.ok())
        return {};
    if (m_delivery && counts.value().pending > 0)
        counts.value().nextAttempt = m_delivery->nextWakeUp();
    return counts.value();
}

void SoarForwarder::startDelivery(const QString &secret)
{
    // One network manager per SOAR configuration: Qt reuses connections per host and port
    // regardless of TLS options, so a shared manager could skip our certificate checks.
    m_network = std::make_unique<QNetworkAccessManager>();
    auto client = soar::SoarClient::create(m_network.get(), SoarSettingsMapping::connection(m_resource, secret));
    if (!client.ok()) {
        reportProblem(QStringLiteral("%1: %2").arg(m_resource.name, client.error().message));
        return;
    }
    const auto rule = SoarSettingsMapping::incidentRule(m_resource);
    if (!rule.ok()) {
        reportProblem(QStringLiteral("%1: %2").arg(m_resource.name, rule.error().message));
        return;
    }
    m_secret = secret;
    auto lookup = [this](const QString &mailId) -> common::Result<soar::MailSummaryForSoar> {
        const auto stored = m_store->mail(mailId);
        if (!stored.ok())
            return stored.error();
        soar::MailSummaryForSoar summary = soar::mailSummaryFromStore(stored.value());
        const auto raw = m_store->rawMessage(mailId);
        if (raw.ok()) {
            const mime::Mail mail = mime::MailParser::parse(raw.value());
            const tools::IocCollection iocs = tools::IocExtractor().extract(mail.bodyText(), QStringLiteral("body"));
            for (const tools::Ioc &ioc : iocs.items()) {
                if (summary.iocLines.size() >= kMaxIocLines)
                    break;
                summary.iocLines << tools::Ioc::kindName(ioc.kind) + QStringLiteral(": ") + ioc.normalized;
            }
        }
        return summary;
    };
    m_delivery = std::make_unique<soar::OutboxDelivery>(*m_outbox, client.value(), rule.value(), m_resource.name, lookup);
    connect(m_delivery.get(), &soar::OutboxDelivery::delivered, this, [this] {
        if (!m_problem.isEmpty()) {
            m_problem.clear();
            m_secretCheck.stop();
            log()->info("[{}] Cloud SOAR takes mail again", m_resource.name);
            emit recovered();
        }
        emit countsChanged();
    });
    connect(m_delivery.get(), &soar::OutboxDelivery::failed, this, &SoarForwarder::countsChanged);
    // The next attempt moved (shown in the resource list's tooltip).
    connect(m_delivery.get(), &soar::OutboxDelivery::retryScheduled, this, &SoarForwarder::countsChanged);
    // Only a new token or key can end this pause: look for one.
    connect(m_delivery.get(), &soar::OutboxDelivery::authenticationRejected, &m_secretCheck, qOverload<>(&QTimer::start));
    connect(m_delivery.get(), &soar::OutboxDelivery::pendingCountChanged, this, [this](int count) {
        emit pendingCountChanged(count);
        emit countsChanged();
    });
    connect(m_delivery.get(), &soar::OutboxDelivery::idle, this, &SoarForwarder::idle);
    connect(m_delivery.get(), &soar::OutboxDelivery::paused, this,
        [this](const QString &message) { reportProblem(QStringLiteral("%1: %2").arg(m_resource.name, message)); });
    m_delivery->start();
    m_queueCheck.start();
}

void SoarForwarder::stop()
{
    m_secretCheck.stop();
    m_queueCheck.stop();
    if (m_delivery)
        m_delivery->stop();
}

void SoarForwarder::wake()
{
    if (m_delivery)
        m_delivery->wake();
}

int SoarForwarder::pendingCount() const
{
    if (!m_outbox)
        return 0;
    const auto count = m_outbox->pendingCount(m_resource.name);
    return count.ok() ? int(count.value()) : 0;
}

bool SoarForwarder::isIdle() const
{
    return m_delivery && !m_delivery->isSending() && (pendingCount() == 0 || m_delivery->isPaused());
}

} // namespace soar::daemon
