#include "oauth/ServiceAccountKey.h"

#include "settings/OAuthSettingsValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace soar::oauth {

using common::Error;

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

common::Result<ServiceAccountKey> ServiceAccountKey::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Kind::Config,
            QStringLiteral("The service account key file %1 (imap.oauth.keyFile) does not exist; download a JSON key in the "
                           "Google Cloud console (IAM, Service accounts, Keys) and name its path.")
                .arg(path));
    if (info.permissions() & kOthers)
        return Error(Error::Kind::Config,
            QStringLiteral("The service account key file %1 can be read by other users; it is a credential for every "
                           "mailbox of the domain. Make it owner-only: chmod 600 %1")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Config,
            QStringLiteral("Could not read the service account key file %1: %2.").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

common::Result<ServiceAccountKey> ServiceAccountKey::parse(const QByteArray &contents, const QString &path)
{
    const QJsonObject json = QJsonDocument::fromJson(contents).object();
    ServiceAccountKey key;
    key.clientEmail = json.value(QStringLiteral("client_email")).toString();
    key.privateKeyPem = json.value(QStringLiteral("private_key")).toString().toLatin1();
    const QString tokenUri = json.value(QStringLiteral("token_uri")).toString();
    key.tokenUri = QUrl(tokenUri);
    QStringList missing;
    if (key.clientEmail.isEmpty())
        missing << QStringLiteral("client_email");
    if (!key.privateKeyPem.contains("PRIVATE KEY"))
        missing << QStringLiteral("private_key");
    if (tokenUri.isEmpty())
        missing << QStringLiteral("token_uri");
    if (!missing.isEmpty())
        return Error(Error::Kind::Config,
            QStringLiteral("%1 is not a service account key file (no %2); download a JSON key of the service account in "
                           "the Google Cloud console.")
                .arg(path, missing.join(QStringLiteral(", "))));
    if (!settings::OAuthSettingsValidator::isAcceptableEndpoint(tokenUri))
        return Error(
            Error::Kind::Config, QStringLiteral("The token_uri '%1' in %2 is not an https:// address.").arg(tokenUri, path));
    return key;
}

} // namespace soar::oauth
