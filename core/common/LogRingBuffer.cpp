#include "common/LogRingBuffer.h"

#include <QMetaObject>
#include <QRegularExpression>

#include <spdlog/sinks/base_sink.h>

namespace soar::common {

class LogRingBuffer::Sink final : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
public:
    explicit Sink(LogRingBuffer *owner) : m_owner(owner) { }
    void detach()
    {
        std::lock_guard lock(m_detachMutex);
        m_owner = nullptr;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        LogRecord record;
        record.time = QDateTime::fromMSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count());
        record.level = msg.level;
        record.module = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
        record.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        std::lock_guard lock(m_detachMutex);
        if (m_owner)
            m_owner->append(std::move(record));
    }
    void flush_() override { }

private:
    std::mutex m_detachMutex;
    LogRingBuffer *m_owner;
};

LogRingBuffer::LogRingBuffer(size_t capacity, QObject *parent)
    : QObject(parent), m_capacity(capacity), m_sink(std::make_shared<Sink>(this))
{ }

LogRingBuffer::~LogRingBuffer()
{
    m_sink->detach();
}

spdlog::sink_ptr LogRingBuffer::sink() const
{
    return m_sink;
}

void LogRingBuffer::append(LogRecord record)
{
    // "[soc-inbox] connected" -> resource "soc-inbox", message "connected".
    static const QRegularExpression prefix(QStringLiteral("^\\[([^\\]]{1,64})\\] "));
    const auto match = prefix.match(record.message);
    if (match.hasMatch()) {
        record.resource = match.captured(1);
        record.message = record.message.mid(match.capturedLength());
    }
    bool notify = false;
    {
        std::lock_guard lock(m_mutex);
        m_records.push_back(std::move(record));
        ++m_next;
        while (m_records.size() > m_capacity)
            m_records.pop_front();
        notify = !m_notifyPending;
        m_notifyPending = true;
    }
    if (notify) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                {
                    std::lock_guard lock(m_mutex);
                    m_notifyPending = false;
                }
                emit appended();
            },
            Qt::QueuedConnection);
    }
}

QList<LogRecord> LogRingBuffer::recordsSince(quint64 from) const
{
    std::lock_guard lock(m_mutex);
    const quint64 first = m_next - m_records.size();
    QList<LogRecord> out;
    for (quint64 seq = std::max(from, first); seq < m_next; ++seq)
        out.append(m_records[size_t(seq - first)]);
    return out;
}

quint64 LogRingBuffer::firstSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_next - m_records.size();
}

} // namespace soar::common
