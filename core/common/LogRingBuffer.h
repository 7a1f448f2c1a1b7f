#pragma once

#include "common/LogRecord.h"

#include <QList>
#include <QObject>

#include <spdlog/sinks/sink.h>

#include <deque>
#include <memory>
#include <mutex>

namespace soar::common {

// Keeps the newest log records (10,000 by default) for the live log view. Records arrive from
// any thread through sink(); appended() is delivered on this object's thread, coalesced so a
// burst of records costs one notification.
class LogRingBuffer : public QObject {
    Q_OBJECT
public:
    explicit LogRingBuffer(size_t capacity = 10000, QObject *parent = nullptr);
    ~LogRingBuffer() override;

    // The spdlog sink to pass to Logging::addSink().
    spdlog::sink_ptr sink() const;

    // Records with sequence number >= from (sequence numbers start at 0 and never repeat);
    // records already dropped for capacity are skipped.
    QList<LogRecord> recordsSince(quint64 from) const;
    quint64 firstSequence() const;
    size_t capacity() const { return m_capacity; }

    void append(LogRecord record);

signals:
    void appended();

private:
    class Sink;

    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::deque<LogRecord> m_records;
    quint64 m_next = 0;
    bool m_notifyPending = false;
    std::shared_ptr<Sink> m_sink;
};

} // namespace soar::common
