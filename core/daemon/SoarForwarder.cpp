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

#include "daemon/SoarSettingsMapping.h" // last: see its comment

namespace soar::daemon {

using common::Error;

namespace {

constexpr int kMaxIocLines = 50;

std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("soar");
}

} // namespace

SoarForwarder::SoarForwarder(settings::ResourceSettings resource, settings::SecretResolver *secrets, store::MailStore *store,
    QString storePath, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets), m_store(store), m_storePath(std::move(storePath))
{ }

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
    m_secrets->resolve(m_resource, settings::SecretResolver::Secret::SoarSecret, [this](const common::Result<QString> &secret) {
        if (!secret.ok()) {
            const QString message
                = QStringLiteral("%1: no Cloud SOAR token or access key: %2").arg(m_resource.name, secret.error().message);
            log()->error("[{}] {}", m_resource.name, message);
            emit problem(message);
            return;
        }
        startDelivery(secret.value());
    });
    return {};
}

void SoarForwarder::startDelivery(const QString &secret)
{
    // One network manager per SOAR configuration: Qt reuses connections per host and port
    // regardless of TLS options, so a shared manager could skip our certificate checks.
    m_network = std::make_unique<QNetworkAccessManager>();
    auto client = soar::SoarClient::create(m_network.get(), SoarSettingsMapping::connection(m_resource, secret));
    if (!client.ok()) {
        emit problem(QStringLiteral("%1: %2").arg(m_resource.name, client.error().message));
        return;
    }
    const auto rule = SoarSettingsMapping::incidentRule(m_resource);
    if (!rule.ok()) {
        emit problem(QStringLiteral("%1: %2").arg(m_resource.name, rule.error().message));
        return;
    }
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
    connect(m_delivery.get(), &soar::OutboxDelivery::delivered, this, &SoarForwarder::delivered);
    connect(m_delivery.get(), &soar::OutboxDelivery::pendingCountChanged, this, &SoarForwarder::pendingCountChanged);
    connect(m_delivery.get(), &soar::OutboxDelivery::idle, this, &SoarForwarder::idle);
    connect(m_delivery.get(), &soar::OutboxDelivery::paused, this,
        [this](const QString &message) { emit problem(QStringLiteral("%1: %2").arg(m_resource.name, message)); });
    m_delivery->start();
}

void SoarForwarder::stop()
{
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
