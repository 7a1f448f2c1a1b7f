#include "ServerPreset.h"

#include <QCoreApplication>

namespace soar::ui {

QList<ServerPreset> ServerPreset::all()
{
    using settings::ImapSecurity;
    return {
        {QStringLiteral("microsoft365"), QCoreApplication::translate("soar::ui::ServerPreset", "Microsoft 365 / Outlook.com"),
            QStringLiteral("outlook.office365.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate("soar::ui::ServerPreset",
                "Microsoft 365 accepts a password only when your tenant allows basic IMAP login; otherwise ask your "
                "administrator for OAuth (XOAUTH2) and set it up in the full form.")},
        {QStringLiteral("gmail"), QCoreApplication::translate("soar::ui::ServerPreset", "Gmail / Google Workspace"),
            QStringLiteral("imap.gmail.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate("soar::ui::ServerPreset",
                "Gmail needs IMAP turned on and an app password (Google account, Security, App passwords); your normal "
                "password is refused.")},
        {QStringLiteral("yahoo"), QCoreApplication::translate("soar::ui::ServerPreset", "Yahoo Mail"),
            QStringLiteral("imap.mail.yahoo.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate(
                "soar::ui::ServerPreset", "Yahoo needs an app password (Account security, Generate app password).")},
        {QStringLiteral("custom"), QCoreApplication::translate("soar::ui::ServerPreset", "Other IMAP server"), QString(), 993,
            ImapSecurity::Tls,
            QCoreApplication::translate("soar::ui::ServerPreset",
                "Type the server's host name; your mail administrator or the provider's help pages name it.")},
    };
}

} // namespace soar::ui
