#include "LogModel.h"

#include "ModelRoles.h"
#include "common/LogRingBuffer.h"

#include <QColor>

namespace soar::ui {

LogModel::LogModel(common::LogRingBuffer *buffer, int maxRows, QObject *parent)
    : QAbstractTableModel(parent), m_buffer(buffer), m_maxRows(maxRows > 0 ? maxRows : int(buffer ? buffer->capacity() : 10000))
{
    if (m_buffer) {
        m_next = m_buffer->firstSequence();
        connect(m_buffer, &common::LogRingBuffer::appended, this, &LogModel::fetchNew);
        fetchNew();
    }
}

void LogModel::fetchNew()
{
    if (!m_buffer)
        return;
    // Records the buffer already dropped are gone; start from the oldest it still has. (Only a
    // burst larger than the whole buffer between these two calls could make us re-read a few.)
    m_next = std::max(m_next, m_buffer->firstSequence());
    QList<common::LogRecord> fresh = m_buffer->recordsSince(m_next);
    if (fresh.isEmpty())
        return;
    m_next += quint64(fresh.size());
    if (fresh.size() > m_maxRows)
        fresh = fresh.mid(fresh.size() - m_maxRows);

    const int overflow = int(m_records.size()) + int(fresh.size()) - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_records.erase(m_records.begin(), m_records.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (common::LogRecord &record : fresh)
        m_records.push_back(std::move(record));
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelName(int level)
{
    switch (level) {
    case spdlog::level::trace:
        return tr("Trace");
    case spdlog::level::debug:
        return tr("Debug");
    case spdlog::level::info:
        return tr("Info");
    case spdlog::level::warn:
        return tr("Warning");
    case spdlog::level::err:
        return tr("Error");
    case spdlog::level::critical:
        return tr("Critical");
    default:
        return QString();
    }
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const common::LogRecord &r = m_records.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return r.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelName(r.level);
        case ResourceColumn:
            return r.resource;
        case MessageColumn:
            return r.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return r.time.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == MessageColumn)
            return tr("%1 (module %2)").arg(r.message, r.module);
        break;
    case Qt::ForegroundRole:
        if (r.level >= spdlog::level::err)
            return QColor(0xd0, 0x36, 0x2c);
        if (r.level == spdlog::level::warn)
            return QColor(0xb3, 0x6b, 0x00);
        break;
    case LogLevelRole:
        return int(r.level);
    case LogSearchTextRole:
        return r.module + QLatin1Char(' ') + r.resource + QLatin1Char(' ') + r.message;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ResourceColumn:
        return tr("Resource");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QString LogModel::toLine(const common::LogRecord &r)
{
    QString line = r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QLatin1Char(' ')
        + levelName(r.level).toUpper();
    if (!r.resource.isEmpty())
        line += QStringLiteral(" [") + r.resource + QLatin1Char(']');
    if (!r.module.isEmpty())
        line += QLatin1Char(' ') + r.module + QLatin1Char(':');
    return line + QLatin1Char(' ') + r.message;
}

} // namespace soar::ui
