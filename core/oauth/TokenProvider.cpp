#include "oauth/TokenProvider.h"

#include "common/Logging.h"
#include "common/Redactor.h"
#include "oauth/GrantStore.h"
#include "oauth/JwtAssertion.h"
#include "oauth/OAuthConfig.h"
#include "oauth/TokenEndpoint.h"
#include "settings/SecretResolver.h"

namespace soar::oauth {

using common::Error;

namespace {
std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("oauth");
}
} // namespace

TokenProvider::TokenProvider(settings::ResourceSettings resource, settings::SecretResolver *secrets,
    QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets), m_clock(clock),
      m_endpoint(new TokenEndpoint(network, clock, this))
{ }

TokenProvider::~TokenProvider() = default;

bool TokenProvider::cachedIsFresh() const
{
    if (!m_cached)
        return false;
    if (!m_cached->expiresAt.isValid())
        return true;
    return m_clock().secsTo(m_cached->expiresAt) > kRefreshMarginSeconds;
}

void TokenProvider::invalidate()
{
    m_cached.reset();
}

void TokenProvider::accessToken(Callback done)
{
    if (cachedIsFresh()) {
        done(*m_cached);
        return;
    }
    m_waiting.push_back(std::move(done));
    if (m_waiting.size() == 1)
        fetch();
}

void TokenProvider::fetch()
{
    if (m_resource.imap.oauth.flow == settings::OAuthFlow::ServiceAccount) {
        requestWithServiceAccount();
        return;
    }
    // A client secret is required for app-only access and optional otherwise (Google's
    // desktop clients have one).
    m_secrets->resolve(
        m_resource, settings::SecretResolver::Secret::OAuthClientSecret, [this](const common::Result<QString> &secret) {
            const bool appOnly = m_resource.imap.oauth.flow == settings::OAuthFlow::ClientCredentials;
            if (!secret.ok() && (appOnly || secret.error().kind != Error::Kind::NotFound)) {
                Error error = secret.error();
                if (error.kind == Error::Kind::NotFound)
                    error = Error(Error::Kind::Config,
                        QStringLiteral(
                            "No OAuth client secret for %1: enter it in the resource form (kept in the keychain) or set "
                            "%2 for soar-imapd.")
                            .arg(m_resource.name,
                                settings::SecretResolver::environmentVariable(
                                    settings::SecretResolver::Secret::OAuthClientSecret)));
                deliver(error);
                return;
            }
            const QString clientSecret = secret.ok() ? secret.value() : QString();
            if (appOnly)
                requestClientCredentials(clientSecret);
            else
                refreshWithGrant(clientSecret);
        });
}

void TokenProvider::requestClientCredentials(const QString &clientSecret)
{
    const auto config = OAuthConfig::fromSettings(m_resource.imap.oauth);
    if (!config.ok()) {
        deliver(config.error());
        return;
    }
    m_endpoint->post(config.value().tokenUrl,
        TokenEndpoint::clientCredentialsForm(config.value().clientId, clientSecret, config.value().scopes),
        [this](const common::Result<TokenResponse> &response) {
            if (!response.ok()) {
                deliver(response.error());
                return;
            }
            deliver(AccessToken {response.value().accessToken, response.value().expiresAt, QString()});
        });
}

void TokenProvider::requestWithServiceAccount()
{
    const auto config = OAuthConfig::fromSettings(m_resource.imap.oauth);
    if (!config.ok()) {
        deliver(config.error());
        return;
    }
    // Read at every renewal: a replaced (rotated) key file takes effect without a restart.
    const auto key = ServiceAccountKey::load(m_resource.imap.oauth.keyFile);
    if (!key.ok()) {
        deliver(key.error());
        return;
    }
    const QString mailbox
        = m_resource.imap.mailboxAccount.isEmpty() ? m_resource.imap.username.trimmed() : m_resource.imap.mailboxAccount;
    const auto assertion = JwtAssertion::sign(key.value(), mailbox, config.value().scopes, m_clock());
    if (!assertion.ok()) {
        deliver(assertion.error());
        return;
    }
    common::Redactor::registerSecret(QString::fromLatin1(assertion.value())); // a bearer credential for an hour
    const QUrl tokenUrl = m_resource.imap.oauth.tokenUrl.isEmpty() ? key.value().tokenUri : QUrl(m_resource.imap.oauth.tokenUrl);
    m_endpoint->post(tokenUrl, TokenEndpoint::jwtBearerForm(assertion.value()),
        [this, mailbox](const common::Result<TokenResponse> &response) {
            if (!response.ok() && (response.error().kind == Error::Kind::Auth || response.error().kind == Error::Kind::Config)) {
                // "Sign in again" means nothing here: the service account's setup is wrong.
                deliver(Error(Error::Kind::Config,
                    QStringLiteral("Google refused the service account for %1 (%2). Check that the key is not revoked and that "
                                   "the Workspace admin console grants domain-wide delegation with the scope "
                                   "https://mail.google.com/ to the service account's client id.")
                        .arg(mailbox, response.error().detail.isEmpty() ? response.error().message : response.error().detail),
                    response.error().detail));
                return;
            }
            if (!response.ok()) {
                deliver(response.error());
                return;
            }
            deliver(AccessToken {response.value().accessToken, response.value().expiresAt, mailbox});
        });
}

void TokenProvider::refreshWithGrant(const QString &clientSecret)
{
    const auto config = OAuthConfig::fromSettings(m_resource.imap.oauth);
    if (!config.ok()) {
        deliver(config.error());
        return;
    }
    auto store = std::make_shared<GrantStore>(m_secrets->keychain(), m_resource.name);
    store->read([this, store, clientSecret, config = config.value()](const common::Result<OAuthGrant> &grant) {
        if (!grant.ok()) {
            deliver(grant.error());
            return;
        }
        const OAuthGrant old = grant.value();
        m_endpoint->post(config.tokenUrl,
            TokenEndpoint::refreshForm(config.clientId, clientSecret, old.refreshToken, config.scopes),
            [this, store, old](const common::Result<TokenResponse> &response) {
                if (!response.ok()) {
                    deliver(response.error());
                    return;
                }
                const TokenResponse &tokens = response.value();
                const AccessToken token {
                    tokens.accessToken, tokens.expiresAt, tokens.account.isEmpty() ? old.account : tokens.account};
                if (tokens.refreshToken.isEmpty() || tokens.refreshToken == old.refreshToken) {
                    deliver(token);
                    return;
                }
                // Providers rotate refresh tokens: the old one may stop working once this is used.
                store->write({tokens.refreshToken, token.account}, [this, token](const common::Result<void> &written) {
                    if (!written.ok())
                        log()->warn("[{}] could not save the renewed OAuth refresh token: {}", m_resource.name,
                            written.error().toString());
                    deliver(token);
                });
            });
    });
}

void TokenProvider::deliver(const common::Result<AccessToken> &result)
{
    if (result.ok()) {
        m_cached = result.value();
        log()->info("[{}] OAuth access token obtained{}", m_resource.name,
            result.value().expiresAt.isValid()
                ? QStringLiteral(", valid until %1").arg(result.value().expiresAt.toString(Qt::ISODate))
                : QString());
    } else {
        m_cached.reset();
    }
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const Callback &done : waiting)
        done(result);
}

} // namespace soar::oauth
