#include "daemon/FolderChoice.h"

#include <algorithm>
#include <array>

namespace soar::daemon {

namespace {
bool is(const QByteArray &attribute, const char *name)
{
    return attribute.compare(name, Qt::CaseInsensitive) == 0;
}

// RFC 6154 section 2, plus Gmail's \Important (developers.google.com/gmail/imap/imap-extensions).
constexpr std::array<const char *, 8> kSpecialUses
    = {"\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash", "\\Important"};
} // namespace

FolderChoice FolderChoice::fromList(const imap::ListResponse &entry)
{
    FolderChoice choice;
    const bool container = std::any_of(entry.attributes.begin(), entry.attributes.end(),
        [](const QByteArray &a) { return is(a, "\\Noselect") || is(a, "\\NonExistent"); });
    if (container)
        return choice;
    choice.name = entry.mailbox;
    for (const QByteArray &attribute : entry.attributes) {
        const auto known
            = std::find_if(kSpecialUses.begin(), kSpecialUses.end(), [&](const char *use) { return is(attribute, use); });
        if (known != kSpecialUses.end()) {
            choice.specialUse = QByteArray(*known);
            break;
        }
    }
    return choice;
}

QString FolderChoice::purpose() const
{
    if (is(specialUse, "\\All"))
        return tr("all mail");
    if (is(specialUse, "\\Archive"))
        return tr("archive");
    if (is(specialUse, "\\Drafts"))
        return tr("drafts");
    if (is(specialUse, "\\Flagged"))
        return tr("starred / flagged");
    if (is(specialUse, "\\Junk"))
        return tr("junk (spam)");
    if (is(specialUse, "\\Sent"))
        return tr("sent mail");
    if (is(specialUse, "\\Trash"))
        return tr("trash");
    if (is(specialUse, "\\Important"))
        return tr("important");
    return {};
}

QString FolderChoice::label() const
{
    const QString what = purpose();
    return what.isEmpty() ? name : tr("%1 — %2").arg(name, what);
}

QJsonObject FolderChoice::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name}};
    if (!specialUse.isEmpty()) {
        o.insert(QStringLiteral("specialUse"), QString::fromLatin1(specialUse));
        o.insert(QStringLiteral("purpose"), purpose());
    }
    return o;
}

} // namespace soar::daemon
