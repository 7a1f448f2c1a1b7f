#pragma once

#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

#include <optional>

namespace soar::daemon {

// Results handed from a worker thread to the owner's thread, in the order they were pushed.
// The fetch cycle's pipelines (ParsePipeline, CommitPipeline) deliver through one each: the
// worker pushes, the owner takes them in its event loop or, when it must wait for room
// (back-pressure), blocks in waitForAny() first.
template<typename T>
class ResultQueue {
public:
    void push(T result)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_queue.enqueue(std::move(result));
        }
        m_ready.wakeAll();
    }

    // Blocks until at least one result is there.
    void waitForAny()
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.isEmpty())
            m_ready.wait(&m_mutex);
    }

    std::optional<T> tryTake()
    {
        QMutexLocker lock(&m_mutex);
        if (m_queue.isEmpty())
            return std::nullopt;
        return m_queue.dequeue();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QQueue<T> m_queue;
};

} // namespace soar::daemon
