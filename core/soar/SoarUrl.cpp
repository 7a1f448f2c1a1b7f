#include "soar/SoarUrl.h"

#include "common/LoopbackHost.h"
#include "soar/SoarEndpoints.h"

#include <QRegularExpression>

namespace soar::soar {

namespace {

using common::Error;

Error configError(const QString &message, const QString &detail = {})
{
    return Error(Error::Kind::Config, message, detail);
}

const QString kExamples = QStringLiteral("for example https://<tenant>.soar.sumologic.com (Cloud SOAR with a user API token) or "
                                         "https://api.<region>.sumologic.com (Sumo Logic API with an Access ID and Access Key)");

QString collapseSlashes(QString path)
{
    static const QRegularExpression repeated(QStringLiteral("/{2,}"));
    path.replace(repeated, QStringLiteral("/"));
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString deploymentText(SoarDeployment deployment)
{
    return deployment == SoarDeployment::Legacy
        ? QStringLiteral("Cloud SOAR API, authenticated with a user API token (JWT)")
        : QStringLiteral("Sumo Logic Cloud SOAR API, authenticated with an Access ID and Access Key");
}

struct Mapped {
    QString host;
    QString prefix; // path in front of the API root (on-premises installations behind a prefix)
    SoarDeployment deployment = SoarDeployment::Legacy;
    QString note;
};

// Decides the deployment from the path (when given) or the host name.
common::Result<Mapped> mapHostAndPath(const QString &host, const QString &path)
{
    static const QString legacyMarker = QStringLiteral("/incmansuite_ng");
    static const QString sumoMarker = QStringLiteral("/api/csoar");
    // service[.<pod>].sumologic.com is the web UI; its API host is api[.<pod>].sumologic.com
    // (documented in "Sumo Logic Endpoints by Deployment").
    static const QRegularExpression serviceHost(QStringLiteral("^service((?:\\.[a-z0-9-]+)?)\\.sumologic\\.com$"));
    static const QRegularExpression apiHost(QStringLiteral("^api(?:\\.[a-z0-9-]+)?\\.sumologic\\.com$"));

    const int legacyAt = path.indexOf(legacyMarker);
    if (legacyAt >= 0)
        return Mapped {host, path.left(legacyAt), SoarDeployment::Legacy, {}};
    const int sumoAt = path.indexOf(sumoMarker);
    if (sumoAt >= 0)
        return Mapped {host, path.left(sumoAt), SoarDeployment::SumoApi, {}};

    const auto service = serviceHost.match(host);
    const bool isApiHost = apiHost.match(host).hasMatch();
    if (!path.isEmpty() && !(isApiHost && path == QLatin1String("/api")))
        return configError(QStringLiteral("The path \"%1\" is not a Cloud SOAR API path. Enter the address without a path, %2.")
                               .arg(path, kExamples));
    if (service.hasMatch()) {
        const QString apiName = QStringLiteral("api") + service.captured(1) + QStringLiteral(".sumologic.com");
        return Mapped {apiName, {}, SoarDeployment::SumoApi,
            QStringLiteral("%1 is the Sumo Logic web address; its API host is %2.").arg(host, apiName)};
    }
    if (isApiHost)
        return Mapped {host, {}, SoarDeployment::SumoApi, {}};
    if (host.endsWith(QLatin1String(".soar.sumologic.com")))
        return Mapped {host, {}, SoarDeployment::Legacy, {}};
    if (host == QLatin1String("sumologic.com") || host.endsWith(QLatin1String(".sumologic.com")))
        return configError(
            QStringLiteral("%1 is a Sumo Logic address whose API host is not documented. Enter the API address, %2.")
                .arg(host, kExamples));
    return Mapped {host, {}, SoarDeployment::Legacy,
        QStringLiteral("%1 is not a sumologic.com address, so it is taken as an on-premises Cloud SOAR.").arg(host)};
}

} // namespace

common::Result<SoarApiBase> SoarUrl::normalise(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return configError(QStringLiteral("Enter the Cloud SOAR API URL, %1.").arg(kExamples));
    QStringList notes;
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QStringLiteral("https://"));
        notes << QStringLiteral("Added https://.");
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return configError(
            QStringLiteral("\"%1\" is not a valid URL. Enter the Cloud SOAR API URL, %2.").arg(typed.trimmed(), kExamples),
            url.errorString());
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return configError(QStringLiteral("The Cloud SOAR URL must start with https:// (it starts with %1://).").arg(scheme));
    if (scheme == QLatin1String("http") && !common::LoopbackHost::contains(host))
        return configError(QStringLiteral("Cloud SOAR must be reached over https:// so the token is encrypted; change http:// to "
                                          "https:// in the URL."));
    if (!url.userInfo().isEmpty())
        return configError(QStringLiteral("Remove the user name and password from the Cloud SOAR URL; enter the token or Access "
                                          "Key in their own fields."));
    if (url.hasQuery() || url.hasFragment())
        notes << QStringLiteral("Ignored the part after ? or #.");

    const auto mapped = mapHostAndPath(host, collapseSlashes(url.path()));
    if (!mapped.ok())
        return mapped.error();
    const Mapped &m = mapped.value();
    QUrl base;
    base.setScheme(scheme);
    base.setHost(m.host);
    const bool defaultPort
        = (scheme == QLatin1String("https") && url.port() == 443) || (scheme == QLatin1String("http") && url.port() == 80);
    base.setPort(defaultPort ? -1 : url.port());
    base.setPath(
        m.prefix + (m.deployment == SoarDeployment::Legacy ? SoarEndpoints::kLegacyApiPath : SoarEndpoints::kSumoApiPath));
    if (!m.note.isEmpty())
        notes << m.note;

    SoarApiBase result;
    result.apiBase = base;
    result.deployment = m.deployment;
    result.explanation = QStringLiteral("Using %1 (%2).").arg(base.toString(), deploymentText(m.deployment));
    if (!notes.isEmpty())
        result.explanation += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    return result;
}

} // namespace soar::soar
