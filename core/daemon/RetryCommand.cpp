#include "daemon/RetryCommand.h"

#include "common/AppPaths.h"
#include "daemon/RunLock.h"
#include "daemon/SoarForwarder.h"
#include "store/Outbox.h"

#include <QTimer>

namespace soar::daemon {

namespace {
// Like `once`: how long to wait for Cloud SOAR before leaving the rest queued.
constexpr int kDeliveryWaitMs = 120000;
} // namespace

RetryCommand::RetryCommand(DaemonOptions options, QList<settings::ResourceSettings> resources, settings::SecretResolver *secrets,
    store::MailStore *store, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_resources(std::move(resources)), m_secrets(secrets), m_store(store),
      m_out(out), m_err(err)
{ }

RetryCommand::~RetryCommand()
{
    m_deliveries.clear();
}

int RetryCommand::start()
{
    store::Outbox outbox;
    if (const auto opened = outbox.open(common::AppPaths::storeFile()); !opened.ok()) {
        m_err << "soar-imapd: cannot open the Cloud SOAR outbox: " << opened.error().toString() << Qt::endl;
        return 1;
    }
    bool queuedAny = false;
    for (const settings::ResourceSettings &r : m_resources) {
        if (!r.soar.createsIncidents())
            continue;
        const auto retried = outbox.retryFailed(r.name, m_options.mailId);
        if (!retried.ok()) {
            m_err << "soar-imapd: " << r.name << ": " << retried.error().toString() << Qt::endl;
            return 1;
        }
        if (retried.value().isEmpty())
            continue;
        queuedAny = true;
        m_out << r.name << ": " << retried.value().size() << " mail(s) queued for Cloud SOAR again\n";
        Delivery delivery;
        delivery.resource = r.name;
        delivery.items = retried.value();
        delivery.lock = std::make_unique<RunLock>(common::AppPaths::dataDir(), r.name);
        if (!delivery.lock->acquire().ok()) {
            m_out << r.name << ": the app or soar-imapd run is fetching this resource; it sends them within 15 seconds\n";
            continue;
        }
        delivery.forwarder = std::make_unique<SoarForwarder>(r, m_secrets, m_store, common::AppPaths::storeFile());
        m_deliveries.push_back(std::move(delivery));
    }
    m_out.flush();
    if (m_deliveries.empty()) {
        if (queuedAny)
            return 0; // a running daemon sends them
        if (!m_options.mailId.isEmpty()) {
            m_err << "soar-imapd: mail " << m_options.mailId
                  << " has no refused or failed Cloud SOAR delivery to retry (soar-imapd show " << m_options.mailId
                  << " says where it stands)" << Qt::endl;
            return 1;
        }
        m_out << "Nothing to retry: no mail was refused by Cloud SOAR or failed.\n";
        m_out.flush();
        return 0;
    }
    for (Delivery &delivery : m_deliveries) {
        connect(delivery.forwarder.get(), &SoarForwarder::idle, this, &RetryCommand::checkDone, Qt::QueuedConnection);
        connect(delivery.forwarder.get(), &SoarForwarder::problem, this, [this](const QString &message) {
            m_err << "soar-imapd: " << message << Qt::endl;
            m_anyFailed = true;
            checkDone();
        });
        if (const common::Error error = delivery.forwarder->start()) {
            m_err << "soar-imapd: " << delivery.resource << ": " << error.toString() << Qt::endl;
            return 1;
        }
    }
    QTimer::singleShot(kDeliveryWaitMs, this, [this] {
        m_err << "soar-imapd: Cloud SOAR did not take every mail in time; the rest stays queued" << Qt::endl;
        m_anyFailed = true;
        report();
    });
    return -1;
}

void RetryCommand::checkDone()
{
    for (const Delivery &delivery : m_deliveries) {
        if (!delivery.forwarder->isIdle() && delivery.forwarder->problemMessage().isEmpty())
            return;
    }
    report();
}

void RetryCommand::report()
{
    if (m_finished)
        return;
    m_finished = true;
    store::Outbox outbox;
    const auto opened = outbox.open(common::AppPaths::storeFile());
    for (Delivery &delivery : m_deliveries) {
        delivery.forwarder->stop();
        for (const store::OutboxItem &item : delivery.items) {
            const auto now = opened.ok() ? outbox.item(item.id) : common::Result<store::OutboxItem>(opened.error());
            if (now.ok() && now.value().state == store::OutboxState::Delivered) {
                m_out << "  " << item.mailId << "  delivered as incident " << now.value().incidentId << '\n';
                continue;
            }
            m_anyFailed = true;
            QString why = now.ok() ? now.value().lastError : now.error().toString();
            if (why.isEmpty())
                why = QStringLiteral("still queued");
            m_out << "  " << item.mailId << "  not delivered: " << why << '\n';
        }
    }
    m_out.flush();
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_anyFailed ? 1 : 0); }, Qt::QueuedConnection);
}

} // namespace soar::daemon
