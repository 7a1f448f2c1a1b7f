#include "settings/OAuthSettingsValidator.h"

#include "common/LoopbackHost.h"

#include <QUrl>

namespace soar::settings {

namespace {

bool isGenericMicrosoftTenant(const QString &tenant)
{
    return tenant.isEmpty() || tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0
        || tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
        || tenant.compare(QLatin1String("consumers"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool OAuthSettingsValidator::isAcceptableEndpoint(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme() == QLatin1String("https")
        || (url.scheme() == QLatin1String("http") && common::LoopbackHost::contains(url.host()));
}

QList<std::pair<QString, QString>> OAuthSettingsValidator::validate(const ImapSettings &imap)
{
    QList<std::pair<QString, QString>> out;
    auto add = [&](const char *key, const QString &message) { out.append({QString::fromLatin1(key), message}); };
    const OAuthSettings &o = imap.oauth;
    const bool appOnly = o.flow == OAuthFlow::ClientCredentials;
    const bool serviceAccount = o.flow == OAuthFlow::ServiceAccount;

    // A service account is named by its key file, not by a client id.
    if (o.clientId.isEmpty() && !serviceAccount)
        add("imap.oauth.clientId",
            QStringLiteral("the application (client) id is missing; copy it from the app registration (see docs/oauth.md)"));
    if (o.provider == OAuthProvider::Custom) {
        if (o.tokenUrl.isEmpty())
            add("imap.oauth.tokenUrl",
                QStringLiteral("a custom provider needs its token endpoint, e.g. https://idp.example.com/token"));
        if (o.authUrl.isEmpty() && o.flow == OAuthFlow::Interactive)
            add("imap.oauth.authUrl",
                QStringLiteral("interactive sign-in with a custom provider needs its authorization endpoint, "
                               "e.g. https://idp.example.com/authorize"));
    }
    if (!o.tokenUrl.isEmpty() && !isAcceptableEndpoint(o.tokenUrl))
        add("imap.oauth.tokenUrl",
            QStringLiteral("'%1' is not an https:// address (http:// is only accepted for localhost, 127.0.0.0/8 and ::1)")
                .arg(o.tokenUrl));
    if (!o.authUrl.isEmpty() && !isAcceptableEndpoint(o.authUrl))
        add("imap.oauth.authUrl",
            QStringLiteral("'%1' is not an https:// address (http:// is only accepted for localhost, 127.0.0.0/8 and ::1)")
                .arg(o.authUrl));
    if (o.provider == OAuthProvider::Google && appOnly)
        add("imap.oauth.flow",
            QStringLiteral("Gmail has no app-only (client credentials) access over IMAP; use \"interactive\", or "
                           "\"serviceAccount\" for Google Workspace"));
    if (o.provider == OAuthProvider::Microsoft && appOnly && isGenericMicrosoftTenant(o.tenant))
        add("imap.oauth.tenant",
            QStringLiteral("app-only access needs your directory (tenant) id or primary domain, e.g. contoso.onmicrosoft.com; "
                           "'common' and 'organizations' only work for interactive sign-in"));
    if (o.provider != OAuthProvider::Microsoft && !o.tenant.isEmpty())
        add("imap.oauth.tenant", QStringLiteral("only Microsoft 365 uses a tenant; remove it"));

    const QStringList scopes = o.scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (o.provider == OAuthProvider::Microsoft && !scopes.isEmpty()) {
        if (appOnly && !(scopes.size() == 1 && scopes.first().endsWith(QLatin1String("/.default"))))
            add("imap.oauth.scopes",
                QStringLiteral("app-only access takes exactly one scope, https://outlook.office365.com/.default "
                               "(or leave scopes empty)"));
        if (!appOnly && !scopes.contains(QLatin1String("offline_access")))
            add("imap.oauth.scopes",
                QStringLiteral("add offline_access, or Microsoft issues no refresh token and the sign-in lasts one hour"));
    }
    if (serviceAccount) {
        if (o.provider == OAuthProvider::Microsoft)
            add("imap.oauth.flow",
                QStringLiteral("a service account is Google Workspace's unattended access; for Microsoft 365 use "
                               "\"clientCredentials\""));
        if (o.keyFile.isEmpty())
            add("imap.oauth.keyFile",
                QStringLiteral("a service account needs its JSON key file, e.g. /etc/soar-imap/sa-key.json (owner-only, "
                               "chmod 600)"));
        if (imap.mailboxAccount.isEmpty() && imap.username.trimmed().isEmpty())
            add("imap.mailboxAccount",
                QStringLiteral("a service account needs the mailbox it acts for (domain-wide delegation), e.g. "
                               "soc-inbox@example.com"));
    } else if (!o.keyFile.isEmpty()) {
        add("imap.oauth.keyFile", QStringLiteral("only a service account (flow \"serviceAccount\") uses a key file; remove it"));
    }
    if (appOnly && imap.mailboxAccount.isEmpty() && imap.username.trimmed().isEmpty())
        add("imap.mailboxAccount", QStringLiteral("app-only access needs the mailbox to open, e.g. soc-inbox@contoso.com"));
    return out;
}

} // namespace soar::settings
