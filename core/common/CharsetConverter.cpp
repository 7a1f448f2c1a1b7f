#include "common/CharsetConverter.h"

#include <glib.h>

namespace soar::common {

std::optional<QString> CharsetConverter::toUnicode(const QByteArray &bytes, const QByteArray &charset)
{
    gsize written = 0;
    GError *error = nullptr;
    gchar *utf8 = g_convert(bytes.constData(), bytes.size(), "UTF-8", charset.constData(), nullptr, &written, &error);
    if (!utf8) {
        g_clear_error(&error);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(utf8, qsizetype(written));
    g_free(utf8);
    return text;
}

} // namespace soar::common
