#include "daemon/SignInCommand.h"

#include "common/AppPaths.h"
#include "oauth/DeviceCodeSignIn.h"
#include "oauth/GrantStore.h"
#include "oauth/InteractiveSignIn.h"
#include "oauth/OAuthConfig.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretResolver.h"
#include "settings/SettingsFile.h"

#include <QNetworkAccessManager>

namespace soar::daemon {

using common::Error;
using settings::OAuthFlow;

SignInCommand::SignInCommand(DaemonOptions options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_out(out), m_err(err), m_network(new QNetworkAccessManager(this))
{ }

SignInCommand::~SignInCommand() = default;

int SignInCommand::chooseResource()
{
    const QString path = common::AppPaths::configFile();
    const auto loaded = settings::SettingsFile::load(path);
    if (!loaded.ok()) {
        m_err << "soar-imapd: " << loaded.error().message << Qt::endl;
        return 2;
    }
    QStringList candidates;
    for (const settings::ResourceSettings &r : loaded.value().resources) {
        if (r.imap.auth == settings::ImapAuth::OAuth2 && r.imap.oauth.flow == OAuthFlow::Interactive)
            candidates << r.name;
    }
    QString name = m_options.resource;
    if (name.isEmpty()) {
        if (candidates.size() != 1) {
            m_err << "soar-imapd: "
                  << (candidates.isEmpty() ? QStringLiteral("no resource in %1 signs in interactively with OAuth "
                                                            "(imap.auth \"oauth2\", imap.oauth.flow \"interactive\")")
                                                 .arg(path)
                                           : QStringLiteral("several resources sign in with OAuth (%1); pick one with "
                                                            "--resource NAME")
                                                 .arg(candidates.join(QStringLiteral(", "))))
                  << Qt::endl;
            return 2;
        }
        name = candidates.first();
    }
    const settings::ResourceSettings *resource = loaded.value().resource(name);
    if (!resource) {
        m_err << "soar-imapd: there is no resource named '" << name << "' in " << path << Qt::endl;
        return 2;
    }
    if (resource->imap.auth != settings::ImapAuth::OAuth2) {
        m_err << "soar-imapd: " << name << " logs in with a password, not OAuth; nothing to sign in" << Qt::endl;
        return 2;
    }
    if (resource->imap.oauth.flow != OAuthFlow::Interactive) {
        m_err << "soar-imapd: " << name << " signs in unattended (app-only or service account); it needs no sign-in by a person"
              << Qt::endl;
        return 2;
    }
    m_resource = *resource;
    return 0;
}

int SignInCommand::start()
{
    if (const int code = chooseResource())
        return code;
    const auto config = oauth::OAuthConfig::fromSettings(m_resource.imap.oauth);
    if (!config.ok()) {
        m_err << "soar-imapd: " << config.error().message << Qt::endl;
        return 2;
    }
    m_keychain = std::make_unique<settings::KeychainSecretStore>();
    if (!config.value().deviceAuthorizationUrl.isEmpty())
        startDeviceFlow();
    else
        startLoopbackFlow();
    return -1;
}

void SignInCommand::startDeviceFlow()
{
    auto config = oauth::OAuthConfig::fromSettings(m_resource.imap.oauth).value();
    auto *flow = new oauth::DeviceCodeSignIn(config, m_network, this);
    connect(flow, &oauth::DeviceCodeSignIn::userCodeReady, this,
        [this](const QUrl &verification, const QString &userCode, int expiresIn, const QString &) {
            m_out << "To sign in " << m_resource.name << ", open " << verification.toString() << " in a browser on any device\n"
                  << "and enter the code " << userCode << " (valid for " << qMax(1, expiresIn / 60) << " minutes).\n"
                  << "Waiting for the sign-in…" << Qt::endl;
        });
    finishWhenDone(flow);
    flow->start();
}

void SignInCommand::startLoopbackFlow()
{
    // Google's desktop clients have a (not really secret) client secret; it is optional here.
    auto resolver = std::make_shared<settings::SecretResolver>(m_keychain.get());
    resolver->resolve(
        m_resource, settings::SecretResolver::Secret::OAuthClientSecret, [this, resolver](const common::Result<QString> &secret) {
            auto config = oauth::OAuthConfig::fromSettings(m_resource.imap.oauth).value();
            auto *flow = new oauth::InteractiveSignIn(config, secret.ok() ? secret.value() : QString(), m_network, this);
            if (m_resource.imap.username.contains(QLatin1Char('@')))
                flow->setLoginHint(m_resource.imap.username);
            connect(flow, &oauth::InteractiveSignIn::openBrowser, this, [this, flow](const QUrl &url) {
                const QString port = QString::number(QUrl(flow->redirectUri()).port());
                m_out << "To sign in " << m_resource.name << ", open this address in a browser on this computer:\n  "
                      << url.toString(QUrl::FullyEncoded) << "\n"
                      << "Over SSH, first forward the port from your own computer, then open the address there:\n"
                      << "  ssh -N -L " << port << ":127.0.0.1:" << port << " <this server>\n"
                      << "Waiting for the browser (5 minutes)…" << Qt::endl;
            });
            finishWhenDone(flow);
            flow->start();
        });
}

void SignInCommand::onSignedIn(const QString &refreshToken, const QString &account)
{
    oauth::GrantStore(m_keychain.get(), m_resource.name)
        .write({refreshToken, account}, [this, account](const common::Result<void> &written) {
            if (!written.ok()) {
                fail(QStringLiteral("signed in, but there is no keychain to keep the sign-in (%1). soar-imapd does not "
                                    "write tokens to plain files. On a server without a keychain use unattended access: "
                                    "Microsoft 365 app-only (imap.oauth.flow \"clientCredentials\") or a Google Workspace "
                                    "service account (\"serviceAccount\"); see docs/oauth.md.")
                         .arg(written.error().message));
                return;
            }
            m_out << "Signed in" << (account.isEmpty() ? QString() : QStringLiteral(" as ") + account)
                  << ". The sign-in is kept in the keychain for " << m_resource.name << "; soar-imapd run uses it." << Qt::endl;
            emit finished(0);
        });
}

void SignInCommand::fail(const QString &message)
{
    m_err << "soar-imapd: sign-in failed: " << message << Qt::endl;
    emit finished(1);
}

} // namespace soar::daemon
