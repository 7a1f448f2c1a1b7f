#include "tools/CsvWriter.h"

namespace soar::tools {

QString CsvWriter::cell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            v.prepend(u'\'');
    }
    const bool needsQuotes = v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r');
    if (!needsQuotes)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped.append(cell(c));
    m_text += escaped.join(u',') + QStringLiteral("\r\n");
}

} // namespace soar::tools
