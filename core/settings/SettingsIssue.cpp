#include "settings/SettingsIssue.h"

#include <QStringList>

namespace soar::settings {

QString SettingsIssue::toString() const
{
    QString out;
    if (!resource.isEmpty())
        out += resource + QStringLiteral(": ");
    if (!key.isEmpty())
        out += key + QStringLiteral(": ");
    return out + message;
}

QString SettingsIssue::joined(const QList<SettingsIssue> &issues)
{
    QStringList lines;
    for (const SettingsIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace soar::settings
