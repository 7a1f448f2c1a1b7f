#include "settings/SecretResolver.h"

#include "common/Redactor.h"
#include "settings/SecretCommand.h"
#include "settings/SecretKeys.h"

#include <QProcessEnvironment>

namespace soar::settings {

SecretResolver::SecretResolver(SecretStore *keychain, QObject *parent) : QObject(parent), m_keychain(keychain)
{ }

QString SecretResolver::environmentVariable(Secret which)
{
    switch (which) {
    case Secret::ImapPassword:
        return QStringLiteral("SOAR_IMAP_PASSWORD");
    case Secret::SoarSecret:
        return QStringLiteral("SOAR_IMAP_SECRET");
    case Secret::OAuthClientSecret:
        return QStringLiteral("SOAR_IMAP_OAUTH_CLIENT_SECRET");
    }
    return {};
}

void SecretResolver::resolve(const ResourceSettings &resource, Secret which, SecretStore::ReadCallback done)
{
    const bool imap = which == Secret::ImapPassword;
    const QString command = which == Secret::OAuthClientSecret ? QString()
        : imap                                                 ? resource.imap.passwordCommand
                                                               : resource.soar.secretCommand;
    if (!command.trimmed().isEmpty()) {
        auto *runner = new SecretCommand(
            command, imap ? QStringLiteral("imap.passwordCommand") : QStringLiteral("soar.secretCommand"), this);
        runner->run([runner, done = std::move(done)](const common::Result<QString> &result) {
            runner->deleteLater();
            done(result);
        });
        return;
    }
    const QString fromEnv = QProcessEnvironment::systemEnvironment().value(environmentVariable(which));
    if (!fromEnv.isEmpty()) {
        common::Redactor::registerSecret(fromEnv);
        done(fromEnv);
        return;
    }
    const QString key = which == Secret::OAuthClientSecret ? SecretKeys::oauthClientSecret(resource.name)
        : imap                                             ? SecretKeys::imapPassword(resource.name)
                                                           : SecretKeys::soarSecret(resource.name);
    m_keychain->read(key, std::move(done));
}

} // namespace soar::settings
