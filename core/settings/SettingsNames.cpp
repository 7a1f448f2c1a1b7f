#include "settings/SettingsNames.h"

namespace soar::settings {

QList<std::pair<QString, ImapSecurity>> SettingsNames::securities()
{
    return {{QStringLiteral("tls"), ImapSecurity::Tls}, {QStringLiteral("starttls"), ImapSecurity::StartTls},
        {QStringLiteral("none"), ImapSecurity::None}};
}

QList<std::pair<QString, ImapAuth>> SettingsNames::imapAuths()
{
    return {{QStringLiteral("auto"), ImapAuth::Auto}, {QStringLiteral("login"), ImapAuth::Login},
        {QStringLiteral("plain"), ImapAuth::Plain}, {QStringLiteral("xoauth2"), ImapAuth::XOAuth2},
        {QStringLiteral("oauth2"), ImapAuth::OAuth2}};
}

QList<std::pair<QString, SoarAuth>> SettingsNames::soarAuths()
{
    return {{QStringLiteral("jwt"), SoarAuth::Jwt}, {QStringLiteral("accessKey"), SoarAuth::AccessKey}};
}

QList<std::pair<QString, OAuthProvider>> SettingsNames::oauthProviders()
{
    return {{QStringLiteral("microsoft"), OAuthProvider::Microsoft}, {QStringLiteral("google"), OAuthProvider::Google},
        {QStringLiteral("custom"), OAuthProvider::Custom}};
}

QList<std::pair<QString, OAuthFlow>> SettingsNames::oauthFlows()
{
    return {{QStringLiteral("interactive"), OAuthFlow::Interactive},
        {QStringLiteral("clientCredentials"), OAuthFlow::ClientCredentials},
        {QStringLiteral("serviceAccount"), OAuthFlow::ServiceAccount}};
}

QList<std::pair<QString, OAuthMechanism>> SettingsNames::oauthMechanisms()
{
    return {{QStringLiteral("xoauth2"), OAuthMechanism::XOAuth2}, {QStringLiteral("oauthbearer"), OAuthMechanism::OAuthBearer}};
}

QList<std::pair<QString, FetchType>> SettingsNames::fetchTypes()
{
    return {{QStringLiteral("unseen"), FetchType::Unseen}, {QStringLiteral("latest"), FetchType::Latest}};
}

QList<std::pair<QString, QString *>> SettingsNames::filterFields(FilterSettings &f)
{
    return {{QStringLiteral("from"), &f.from}, {QStringLiteral("to"), &f.to}, {QStringLiteral("subject"), &f.subject},
        {QStringLiteral("textBody"), &f.textBody}, {QStringLiteral("header"), &f.header},
        {QStringLiteral("headerField"), &f.headerField}, {QStringLiteral("notFrom"), &f.notFrom},
        {QStringLiteral("notTo"), &f.notTo}, {QStringLiteral("notSubject"), &f.notSubject},
        {QStringLiteral("notTextBody"), &f.notTextBody}, {QStringLiteral("notHeader"), &f.notHeader},
        {QStringLiteral("notHeaderField"), &f.notHeaderField}};
}

QList<std::pair<QString, const QString *>> SettingsNames::filterFields(const FilterSettings &f)
{
    QList<std::pair<QString, const QString *>> out;
    for (const auto &[key, field] : filterFields(const_cast<FilterSettings &>(f)))
        out.append({key, field});
    return out;
}

} // namespace soar::settings
