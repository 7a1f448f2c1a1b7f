#pragma once

#include "common/LogRecord.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <deque>

namespace soar::common {
class LogRingBuffer;
}

namespace soar::ui {

// The live log as a table (time, level, resource, message). Follows the ring buffer
// incrementally on appended() and keeps at most maxRows rows, dropping the oldest.
class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, ResourceColumn, MessageColumn, ColumnCount };

    // maxRows 0: the buffer's capacity.
    explicit LogModel(common::LogRingBuffer *buffer, int maxRows = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const common::LogRecord &record(int row) const { return m_records.at(size_t(row)); }
    // "2026-01-02 10:11:12.345 WARN [soc-inbox] imap: message", for copying.
    static QString toLine(const common::LogRecord &record);
    static QString levelName(int level);

public slots:
    void fetchNew();

private:
    QPointer<common::LogRingBuffer> m_buffer;
    std::deque<common::LogRecord> m_records;
    int m_maxRows;
    quint64 m_next = 0;
};

} // namespace soar::ui
