#include "soar/SoarAuthorization.h"

namespace soar::soar {

using common::Error;

common::Result<QByteArray> SoarAuthorization::headerValue(const SoarConnection &connection)
{
    const QString secret = connection.secret.trimmed();
    if (connection.auth == SoarAuthMode::Jwt) {
        if (secret.isEmpty())
            return Error(Error::Kind::Config,
                QStringLiteral("No Cloud SOAR API token is set: copy it from your Cloud SOAR profile (API Token) into "
                               "the settings."));
        if (secret.contains(QLatin1Char(' ')) || secret.contains(QLatin1Char('\n')))
            return Error(Error::Kind::Config,
                QStringLiteral("The Cloud SOAR API token contains spaces or line breaks; paste only the token itself."));
        return QByteArrayLiteral("Bearer ") + secret.toUtf8();
    }
    const QString id = connection.accessId.trimmed();
    if (id.isEmpty() || secret.isEmpty())
        return Error(Error::Kind::Config,
            QStringLiteral("Access ID and Access Key are both needed for the Sumo Logic API; create them in Sumo Logic "
                           "(Administration > Security > Access Keys)."));
    if (id.contains(QLatin1Char(':')))
        return Error(
            Error::Kind::Config, QStringLiteral("The Access ID cannot contain ':'; check that ID and key are not swapped."));
    return QByteArrayLiteral("Basic ") + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
}

} // namespace soar::soar
