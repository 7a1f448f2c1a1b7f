#pragma once

#include <QList>
#include <QString>

namespace soar::settings {

// One problem with the settings: which resource, which key, what is wrong and how to fix it.
struct SettingsIssue {
    QString resource; // empty for file-level problems
    QString key; // e.g. "imap.port"
    QString message; // e.g. "99999 is not a port (1-65535)"

    // "soc-inbox: imap.port: 99999 is not a port (1-65535)"
    QString toString() const;
    bool operator==(const SettingsIssue &o) const { return resource == o.resource && key == o.key && message == o.message; }

    static QString joined(const QList<SettingsIssue> &issues);
};

} // namespace soar::settings
