#include "daemon/ResourceMapping.h"

#include "rules/FilterSpec.h"
#include "settings/SettingsNames.h"

#include <QMap>

namespace soar::daemon {

imap::SessionOptions ResourceMapping::sessionOptions(const settings::ResourceSettings &r)
{
    imap::SessionOptions options;
    options.host = r.imap.host;
    options.port = quint16(r.imap.port);
    switch (r.imap.security) {
    case settings::ImapSecurity::Tls:
        options.security = imap::Security::ImplicitTls;
        break;
    case settings::ImapSecurity::StartTls:
        options.security = imap::Security::StartTls;
        break;
    case settings::ImapSecurity::None:
        options.security = imap::Security::None;
        break;
    }
    options.tls.extraCaFile = r.imap.caFile;
    options.tls.pinnedSha256 = imap::TlsOptions::normalizeFingerprint(r.imap.trustedFingerprint.toLatin1());
    options.allowPlaintextPasswords = r.imap.allowPlaintextPassword;
    options.name = r.name;
    return options;
}

imap::Credentials ResourceMapping::credentials(
    const settings::ResourceSettings &r, const QString &password, const QString &oauthAccount)
{
    imap::Credentials c;
    switch (r.imap.auth) {
    case settings::ImapAuth::Auto:
        c.method = imap::Credentials::Method::Automatic;
        break;
    case settings::ImapAuth::Login:
        c.method = imap::Credentials::Method::Login;
        break;
    case settings::ImapAuth::Plain:
        c.method = imap::Credentials::Method::Plain;
        break;
    case settings::ImapAuth::XOAuth2:
        c.method = imap::Credentials::Method::XOAuth2;
        break;
    case settings::ImapAuth::OAuth2: {
        c.method = r.imap.oauth.mechanism == settings::OAuthMechanism::OAuthBearer ? imap::Credentials::Method::OAuthBearer
                                                                                   : imap::Credentials::Method::XOAuth2;
        // The token's owner opens the mailbox named here (a shared mailbox, or app-only access).
        const QString mailbox = r.imap.mailboxAccount.trimmed();
        c.user = !mailbox.isEmpty() ? mailbox : !r.imap.username.trimmed().isEmpty() ? r.imap.username.trimmed() : oauthAccount;
        c.secret = password;
        return c;
    }
    }
    c.user = r.imap.username.isEmpty() ? r.imap.mailboxAccount : r.imap.username;
    c.secret = password;
    const QString account = r.imap.mailboxAccount.trimmed();
    if (!account.isEmpty() && account.compare(c.user, Qt::CaseInsensitive) != 0 && c.method != imap::Credentials::Method::XOAuth2)
        c.authorizationId = account;
    return c;
}

common::Result<rules::FilterSpec> ResourceMapping::filters(const settings::ResourceSettings &r)
{
    QMap<QString, QString> values;
    for (const auto &[key, value] : settings::SettingsNames::filterFields(r.filters))
        values.insert(key, *value);
    return rules::FilterSpec::fromSettings(values);
}

std::optional<rules::Checkpoint> ResourceMapping::toRules(const std::optional<store::Checkpoint> &checkpoint)
{
    if (!checkpoint)
        return std::nullopt;
    rules::Checkpoint out;
    out.uidValidity = checkpoint->uidValidity;
    out.highestUid = checkpoint->highestUid;
    if (checkpoint->newestDate.isValid())
        out.newestStoredDate = checkpoint->newestDate;
    return out;
}

common::Result<rules::FetchPlan> ResourceMapping::plan(
    const settings::ResourceSettings &r, const std::optional<store::Checkpoint> &checkpoint)
{
    auto spec = filters(r);
    if (!spec.ok())
        return spec.error();
    rules::FetchPlan plan;
    plan.type = r.fetch.type == settings::FetchType::Unseen ? rules::FetchType::Unseen : rules::FetchType::FromLatestStored;
    plan.checkpoint = toRules(checkpoint);
    plan.filters = spec.value();
    return plan;
}

} // namespace soar::daemon
