#pragma once

#include "imap/parser/Response.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace soar::daemon {

// A folder the analyst may pick, with what the server says it is for (RFC 6154 special-use
// attributes; Gmail adds \Important): "[Gmail]/Spam" is the junk folder, which a name in another
// language or a renamed folder would not tell. Containers (\Noselect) are not choices.
class FolderChoice {
    Q_DECLARE_TR_FUNCTIONS(soar::daemon::FolderChoice)
public:
    QString name;
    QByteArray specialUse; // "\\Junk", "\\All"...; empty for an ordinary folder

    // Not valid (empty name) when the LIST entry is a container that cannot be selected.
    static FolderChoice fromList(const imap::ListResponse &entry);
    bool isValid() const { return !name.isEmpty(); }
    // "junk (spam)", "all mail"...; empty for an ordinary folder.
    QString purpose() const;
    // What the picker shows: "[Gmail]/Spam — junk (spam)", or the bare name.
    QString label() const;
    QJsonObject toJson() const;
    bool operator==(const FolderChoice &o) const { return name == o.name && specialUse == o.specialUse; }
};

} // namespace soar::daemon
