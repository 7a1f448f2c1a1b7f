#pragma once

#include "msg/MapiTags.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace soar::msg {

// The MAPI properties of one storage of a .msg file (the message, a recipient, an attachment):
// fixed-size values from the `__properties_version1.0` stream and variable-size values from the
// `__substg1.0_IIIITTTT` streams. 8-bit strings are decoded with the code page given to string().
class PropertyBag {
public:
    void setFixed(quint32 tag, quint64 value) { m_fixed.insert(tag, value); }
    void setStream(quint32 tag, QByteArray bytes) { m_streams.insert(tag, std::move(bytes)); }

    bool has(quint16 id, quint16 type) const;
    std::optional<qint32> int32(quint16 id) const;
    std::optional<bool> boolean(quint16 id) const;
    QDateTime time(quint16 id) const; // invalid when absent
    QByteArray binary(quint16 id) const;
    // A string property, from its Unicode (001F) stream, else its 8-bit (001E) stream.
    QString string(quint16 id, int codepage) const;

private:
    QHash<quint32, quint64> m_fixed;
    QHash<quint32, QByteArray> m_streams;
};

} // namespace soar::msg
