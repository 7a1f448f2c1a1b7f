#include "oauth/GrantStore.h"

#include "common/Redactor.h"
#include "settings/SecretKeys.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace soar::oauth {

using common::Error;

GrantStore::GrantStore(settings::SecretStore *keychain, QString resource) : m_keychain(keychain), m_resource(std::move(resource))
{ }

QString GrantStore::serialize(const OAuthGrant &grant)
{
    const QJsonObject json {{QStringLiteral("refreshToken"), grant.refreshToken}, {QStringLiteral("account"), grant.account}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

common::Result<OAuthGrant> GrantStore::deserialize(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    OAuthGrant grant;
    grant.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    grant.account = json.value(QStringLiteral("account")).toString();
    if (grant.refreshToken.isEmpty())
        return Error(Error::Kind::Auth,
            QStringLiteral(
                "The keychain entry of the OAuth sign-in holds no refresh token: sign in again in the resource form."));
    common::Redactor::registerSecret(grant.refreshToken);
    return grant;
}

void GrantStore::read(ReadCallback done) const
{
    m_keychain->read(
        settings::SecretKeys::oauthGrant(m_resource), [done = std::move(done)](const common::Result<QString> &entry) {
            if (!entry.ok()) {
                if (entry.error().kind == Error::Kind::NotFound)
                    done(Error(Error::Kind::Auth,
                        QStringLiteral("Not signed in with OAuth yet: press Sign in in the resource form."),
                        entry.error().detail));
                else
                    done(entry.error());
                return;
            }
            done(deserialize(entry.value()));
        });
}

void GrantStore::write(const OAuthGrant &grant, settings::SecretStore::WriteCallback done) const
{
    m_keychain->write(settings::SecretKeys::oauthGrant(m_resource), serialize(grant), std::move(done));
}

void GrantStore::remove(settings::SecretStore::WriteCallback done) const
{
    m_keychain->remove(settings::SecretKeys::oauthGrant(m_resource), std::move(done));
}

} // namespace soar::oauth
