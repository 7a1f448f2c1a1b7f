#include "OutboxBench.h"
#include "StoreIngest.h"

#include "soar/MailSummaryFromStore.h"
#include "store/IdempotencyKey.h"

namespace soar::test {

const QByteArray OutboxBench::kToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvdXRib3gifQ.c2lnbmF0dXJl";
const QString OutboxBench::kResource = QStringLiteral("outbox-acme");

OutboxBench::OutboxBench(const Setup &setup)
    : m_now(setup.start), m_serverRoot(setup.serverRoot), m_store([this] { return m_now; }), m_outbox([this] { return m_now; })
{
    if (m_serverRoot.isEmpty()) {
        m_server = std::make_unique<SoarTestServer>(SoarTestServer::Deployment::Legacy);
        m_server->acceptToken(kToken);
        if (!m_server->startPlain())
            return;
        m_serverRoot = m_server->rootUrl();
    }
    const QString path = setup.storePath.isEmpty() ? m_dir.filePath(QStringLiteral("mail.db")) : setup.storePath;
    m_ready = m_store.open(path).ok() && m_outbox.open(path).ok();
}

QString OutboxBench::queueMail(int n)
{
    store::IncomingMail mail;
    mail.resource = kResource;
    mail.folder = QStringLiteral("INBOX");
    mail.uidValidity = 7;
    mail.uid = quint32(n);
    mail.messageId = QStringLiteral("outbox-%1@example.test").arg(n);
    mail.date = m_now.addSecs(-n);
    mail.internalDate = mail.date;
    mail.fromAddress = QStringLiteral("sender-%1@example.test").arg(n);
    mail.fromDisplay = mail.fromAddress;
    mail.to = QStringList {QStringLiteral("soc@example.test")};
    mail.subject = QStringLiteral("Suspicious mail %1").arg(n);
    mail.queueForSoar = true; // the resource has a SOAR: the ingest queues the mail
    mail.raw = "From: " + mail.fromAddress.toUtf8() + "\r\nMessage-ID: <" + mail.messageId.toUtf8()
        + ">\r\nSubject: " + mail.subject.toUtf8() + "\r\n\r\nbody\r\n";
    const auto stored = ingestOne(m_store, mail);
    if (!stored.ok())
        qFatal("storing mail %d failed: %s", n, qPrintable(stored.error().toString()));
    if (stored.value().duplicate)
        qFatal("mail %d was stored before and is not queued again", n);
    return stored.value().mailId;
}

QByteArray OutboxBench::keyOf(const QString &mailId)
{
    const store::StoredMail mail = m_store.mail(mailId).value();
    return ::soar::store::IdempotencyKey::compute(mail.resource, mail.messageId.toUtf8(), mail.rawSha256.toLatin1());
}

std::optional<store::OutboxItem> OutboxBench::itemForKey(const QByteArray &key)
{
    using store::OutboxState;
    for (const OutboxState state :
        {OutboxState::Pending, OutboxState::Delivering, OutboxState::Delivered, OutboxState::Failed, OutboxState::Parked}) {
        const QVector<store::OutboxItem> items = m_outbox.items(state).value(); // kept alive for the loop
        for (const store::OutboxItem &item : items) {
            if (item.idempotencyKey == key)
                return item;
        }
    }
    return std::nullopt;
}

soar::SoarClient OutboxBench::client(const QByteArray &token)
{
    soar::SoarConnection connection;
    connection.url = m_serverRoot.toString();
    connection.secret = QString::fromLatin1(token);
    soar::SoarClientOptions options;
    options.timerFactory = m_requestTimers.factory();
    options.now = [this] { return m_now; };
    const auto created = soar::SoarClient::create(&m_network, connection, options);
    if (!created.ok())
        qFatal("SoarClient::create failed: %s", qPrintable(created.error().toString()));
    return created.value();
}

std::unique_ptr<soar::OutboxDelivery> OutboxBench::delivery(std::function<double()> random)
{
    soar::IncidentRule rule;
    rule.templateId = 12;
    soar::OutboxDeliveryOptions options;
    options.now = [this] { return m_now; };
    options.timerFactory = m_wakeTimers.factory();
    options.random = std::move(random);
    auto lookup = [this](const QString &mailId) -> common::Result<soar::MailSummaryForSoar> {
        const auto mail = m_store.mail(mailId);
        if (!mail.ok())
            return mail.error();
        return soar::mailSummaryFromStore(mail.value());
    };
    return std::make_unique<soar::OutboxDelivery>(m_outbox, client(), rule, kResource, lookup, options);
}

ManualRequestTimer *OutboxBench::wakeTimer() const
{
    const auto created = m_wakeTimers.created();
    return created.isEmpty() ? nullptr : created.constLast().data();
}

bool OutboxBench::fastForward(const soar::OutboxDelivery &delivery)
{
    ManualRequestTimer *timer = wakeTimer();
    if (!timer || !timer->isRunning() || !delivery.nextWakeUp().isValid())
        return false;
    m_now = qMax(m_now, delivery.nextWakeUp());
    timer->fire();
    return true;
}

} // namespace soar::test
