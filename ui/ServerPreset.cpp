#include "ServerPreset.h"

#include <QCoreApplication>
#include <QUrl>

namespace soar::ui {

QString ServerPreset::oauthDocsLink(const QString &anchor)
{
    QUrl url = QUrl::fromLocalFile(QStringLiteral("/usr/share/doc/soar-imap/oauth.md"));
    url.setFragment(anchor);
    return url.toString();
}

QList<ServerPreset> ServerPreset::all()
{
    using settings::ImapSecurity;
    using settings::OAuthProvider;
    return {
        {QStringLiteral("microsoft365"), QCoreApplication::translate("soar::ui::ServerPreset", "Microsoft 365 / Exchange Online"),
            QStringLiteral("outlook.office365.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate("soar::ui::ServerPreset",
                "Microsoft 365 does not accept passwords over IMAP: basic authentication is turned off in every tenant. "
                "Sign in with Microsoft instead."),
            OAuthProvider::Microsoft},
        {QStringLiteral("google"),
            QCoreApplication::translate("soar::ui::ServerPreset", "Google Workspace / Gmail (sign in with Google)"),
            QStringLiteral("imap.gmail.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate(
                "soar::ui::ServerPreset", "Sign in with your Google account; IMAP must be turned on for the mailbox."),
            OAuthProvider::Google},
        {QStringLiteral("gmail"), QCoreApplication::translate("soar::ui::ServerPreset", "Gmail with an app password"),
            QStringLiteral("imap.gmail.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate("soar::ui::ServerPreset",
                "Gmail needs IMAP turned on and an app password (Google account, Security, App passwords); your normal "
                "password is refused."),
            std::nullopt},
        {QStringLiteral("yahoo"), QCoreApplication::translate("soar::ui::ServerPreset", "Yahoo Mail with an app password"),
            QStringLiteral("imap.mail.yahoo.com"), 993, ImapSecurity::Tls,
            QCoreApplication::translate(
                "soar::ui::ServerPreset", "Yahoo needs an app password (Account security, Generate app password)."),
            std::nullopt},
        {QStringLiteral("custom"), QCoreApplication::translate("soar::ui::ServerPreset", "Other IMAP server"), QString(), 993,
            ImapSecurity::Tls,
            QCoreApplication::translate("soar::ui::ServerPreset",
                "Type the server's host name; your mail administrator or the provider's help pages name it."),
            std::nullopt},
    };
}

} // namespace soar::ui
