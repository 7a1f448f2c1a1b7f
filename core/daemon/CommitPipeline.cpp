#include "daemon/CommitPipeline.h"

#include "store/MailStore.h"

#include <QElapsedTimer>

#include <utility>

namespace soar::daemon {

CommitPipeline::CommitPipeline(store::MailStore &store, int maxGroupsInFlight, QObject *parent)
    : QObject(parent), m_store(store), m_maxGroupsInFlight(std::max(1, maxGroupsInFlight)),
      m_onOwnThread(!store.path().isEmpty() && store.path() != QLatin1String(":memory:"))
{
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1); // a connection belongs to the thread that opened it
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kMaxCommitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &CommitPipeline::commitWritten);
}

CommitPipeline::~CommitPipeline()
{
    if (!m_onOwnThread)
        return;
    // A transaction still open is rolled back: its groups were never reported as stored.
    m_writer.start([this] { m_writerStore.reset(); }); // closed on the thread that opened it
    m_writer.waitForDone();
}

void CommitPipeline::submit(QVector<store::IncomingMail> group, Commit commit)
{
    const bool deferred = m_onOwnThread && commit == Commit::MayWait && m_deferred + 1 < kMaxGroupsPerCommit;
    start(std::move(group), deferred, false);
}

void CommitPipeline::commitWritten()
{
    if (m_deferred > 0)
        start({}, false, true);
}

void CommitPipeline::start(QVector<store::IncomingMail> group, bool deferred, bool commitOnly)
{
    m_commitTimer.stop();
    m_deferred = deferred ? m_deferred + 1 : 0;
    ++m_pending;
    if (!m_onOwnThread) {
        m_done.push(write(group, false));
        deliverReady();
        return;
    }
    m_writer.start([this, group = std::move(group), deferred, commitOnly] {
        Committed result = write(group, deferred);
        result.commitOnly = commitOnly;
        m_done.push(std::move(result));
        // Queued to the owner's thread; dropped by Qt if the pipeline is gone by then.
        QMetaObject::invokeMethod(this, &CommitPipeline::deliverReady, Qt::QueuedConnection);
    });
    if (deferred)
        m_commitTimer.start();
    while (m_pending > m_maxGroupsInFlight) {
        m_done.waitForAny();
        deliverReady();
    }
}

CommitPipeline::Committed CommitPipeline::write(const QVector<store::IncomingMail> &group, bool deferred)
{
    QElapsedTimer timer;
    timer.start();
    store::MailStore *target = &m_store;
    if (m_onOwnThread) {
        if (!m_writerStore && !m_openError) {
            m_writerStore = std::make_unique<store::MailStore>(m_store.clock());
            if (auto opened = m_writerStore->open(m_store.path(), store::StoreConnection::kWriterCacheKiB); !opened.ok())
                m_openError = opened.error();
        }
        if (m_openError)
            return {{}, m_openError, timer.nsecsElapsed()};
        target = m_writerStore.get();
    }
    auto outcomes = target->ingestBatch(group, deferred ? store::MailStore::Commit::Later : store::MailStore::Commit::Now);
    if (!outcomes.ok())
        return {{}, outcomes.error(), timer.nsecsElapsed()};
    return {std::move(outcomes).value(), {}, timer.nsecsElapsed(), !deferred};
}

void CommitPipeline::deliverReady()
{
    bool delivered = false;
    while (std::optional<Committed> result = m_done.tryTake()) {
        --m_pending;
        delivered = true;
        report(std::move(*result));
    }
    if (delivered && isIdle())
        emit drained();
}

void CommitPipeline::report(Committed result)
{
    if (!result.durable) {
        m_written.append(std::move(result));
        return;
    }
    // The groups written before this one share its fate: committed with it or rolled back.
    const QVector<Committed> written = std::exchange(m_written, {});
    for (Committed earlier : written) {
        if (result.error) {
            earlier.outcomes.clear();
            earlier.error = result.error;
        }
        earlier.durable = true;
        emit committed(earlier);
    }
    if (!result.commitOnly)
        emit committed(result);
}

} // namespace soar::daemon
