#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace soar::common {

// Text in a named charset to Unicode through GLib's iconv, the converter GMime and libgsf use,
// so MIME parameters and Outlook properties accept the same charset names.
class CharsetConverter {
public:
    // nullopt when the charset is unknown or the bytes are not valid in it.
    static std::optional<QString> toUnicode(const QByteArray &bytes, const QByteArray &charset);
};

} // namespace soar::common
