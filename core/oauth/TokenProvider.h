#pragma once

#include "common/Result.h"
#include "oauth/AccessToken.h"
#include "oauth/Clock.h"
#include "settings/ResourceSettings.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace soar::settings {
class SecretResolver;
}

namespace soar::oauth {

class TokenEndpoint;

// A resource's IMAP access token: cached until shortly before it expires, then renewed with
// the refresh token from the keychain (interactive sign-in; a rotated refresh token is saved
// back) or with the client secret (app-only). An Error::Kind::Auth result means a person has
// to sign in again.
class TokenProvider : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const common::Result<AccessToken> &)>;

    TokenProvider(settings::ResourceSettings resource, settings::SecretResolver *secrets, QNetworkAccessManager *network,
        Clock clock = systemClock, QObject *parent = nullptr);
    ~TokenProvider() override;

    // Calls done once, possibly after a request to the token endpoint.
    void accessToken(Callback done);
    // The server rejected the cached token: the next accessToken() fetches a new one.
    void invalidate();

    // Renew this long before the expiry the server announced.
    static constexpr int kRefreshMarginSeconds = 300;

private:
    void fetch();
    void refreshWithGrant(const QString &clientSecret);
    void requestClientCredentials(const QString &clientSecret);
    void requestWithServiceAccount();
    void deliver(const common::Result<AccessToken> &result);
    bool cachedIsFresh() const;

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    Clock m_clock;
    TokenEndpoint *m_endpoint;
    std::optional<AccessToken> m_cached;
    std::vector<Callback> m_waiting;
};

} // namespace soar::oauth
