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
}

CommitPipeline::~CommitPipeline()
{
    if (!m_onOwnThread)
        return;
    m_writer.start([this] { m_writerStore.reset(); }); // closed on the thread that opened it
    m_writer.waitForDone();
}

void CommitPipeline::submit(QVector<store::IncomingMail> group)
{
    ++m_pending;
    ++m_waiting;
    if (!m_onOwnThread) {
        --m_waiting;
        m_done.push(commit(group));
        deliverReady();
        return;
    }
    m_writer.start([this, group = std::move(group)] {
        --m_waiting;
        m_done.push(commit(group));
        // Queued to the owner's thread; dropped by Qt if the pipeline is gone by then.
        QMetaObject::invokeMethod(this, &CommitPipeline::deliverReady, Qt::QueuedConnection);
    });
    while (m_pending > m_maxGroupsInFlight) {
        m_done.waitForAny();
        deliverReady();
    }
}

CommitPipeline::Committed CommitPipeline::commit(const QVector<store::IncomingMail> &group)
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
    // Read after this group was taken: another one waiting means more is coming right away.
    const bool deferred = m_onOwnThread && m_waiting.load() > 0 && m_deferredInRow + 1 < kMaxGroupsPerCommit;
    auto outcomes = target->ingestBatch(group, deferred ? store::MailStore::Commit::Later : store::MailStore::Commit::Now);
    m_deferredInRow = deferred && outcomes.ok() ? m_deferredInRow + 1 : 0;
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
    emit committed(result);
}

} // namespace soar::daemon
