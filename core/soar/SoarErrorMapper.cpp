#include "soar/SoarErrorMapper.h"

#include "soar/RetryAfter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace soar::soar {

namespace {

using common::Error;

constexpr int kMaxServerTextLength = 300;

QString messageFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return messageFromJson(value.toArray().first());
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (const char *key : {"message", "error_description", "error", "detail", "errors", "title"}) {
        const QString text = messageFromJson(object.value(QLatin1String(key)));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString withServerText(QString message, const QString &serverText)
{
    if (!serverText.isEmpty())
        message += QStringLiteral(" Cloud SOAR said: \"%1\"").arg(serverText);
    return message;
}

QString httpDetail(const HttpAnswer &answer)
{
    return QStringLiteral("HTTP %1; %2 bytes of %3")
        .arg(answer.status)
        .arg(answer.body.size())
        .arg(answer.contentType.isEmpty() ? QStringLiteral("(no content type)") : QString::fromLatin1(answer.contentType));
}

SoarResult make(int status, Error::Kind kind, const QString &message, const QString &detail, bool retryable)
{
    SoarResult result;
    result.httpStatus = status;
    result.error = Error(kind, message, detail);
    result.retryable = retryable;
    return result;
}

} // namespace

QString SoarErrorMapper::serverMessage(const HttpAnswer &answer)
{
    if (answer.body.isEmpty())
        return {};
    QString text;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    if (!document.isNull())
        text = messageFromJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    else if (answer.contentType.toLower().startsWith("text/plain"))
        text = QString::fromUtf8(answer.body);
    text = text.simplified();
    if (text.size() > kMaxServerTextLength)
        text = text.left(kMaxServerTextLength) + QStringLiteral("…");
    return text;
}

SoarResult SoarErrorMapper::fromHttp(const HttpAnswer &answer, SoarAuthMode auth, const QString &what, const QDateTime &now)
{
    const int status = answer.status;
    const QString server = serverMessage(answer);
    const QString detail = httpDetail(answer);
    SoarResult result;
    if (status == 401 || status == 403) {
        const QString message = auth == SoarAuthMode::Jwt
            ? QStringLiteral("Cloud SOAR rejected the API token (HTTP %1): the token is invalid or expired — copy a new one "
                             "from your Cloud SOAR profile (API Token) into the settings.")
            : QStringLiteral("Cloud SOAR rejected the Access ID / Access Key (HTTP %1) — check both in the settings, or "
                             "create a new access key in Sumo Logic (Administration > Security > Access Keys).");
        result = make(status, Error::Kind::Auth, withServerText(message.arg(status), server), detail, false);
    } else if (status == 404 && !answer.isJson()) {
        result = make(status, Error::Kind::Config,
            QStringLiteral("This URL is not a Cloud SOAR API: the server answered 404 Not Found while %1. Check the "
                           "Cloud SOAR API URL in the settings: a legacy tenant is https://<tenant>.soar.sumologic.com "
                           "(API under /incmansuite_ng/api/v3/), the Sumo Logic API is "
                           "https://api.<region>.sumologic.com/api/csoar/v3/.")
                .arg(what),
            detail, false);
    } else if (status == 404) {
        result = make(status, Error::Kind::NotFound,
            withServerText(QStringLiteral("Cloud SOAR found nothing while %1 (HTTP 404).").arg(what), server), detail, false);
    } else if (status == 408) {
        result = make(status, Error::Kind::Timeout,
            QStringLiteral("Cloud SOAR timed out waiting for the request while %1 (HTTP 408); it will be retried.").arg(what),
            detail, true);
    } else if (status == 429) {
        result = make(status, Error::Kind::ServerNo,
            withServerText(
                QStringLiteral("Cloud SOAR is limiting the request rate (HTTP 429) while %1; it will be retried later.")
                    .arg(what),
                server),
            detail, true);
    } else if (status >= 500) {
        result = make(status, Error::Kind::ServerNo,
            withServerText(
                QStringLiteral("Cloud SOAR had a server error (HTTP %1) while %2; it will be retried.").arg(status).arg(what),
                server),
            detail, true);
    } else {
        result = make(status, Error::Kind::ServerNo,
            withServerText(QStringLiteral("Cloud SOAR refused %1 (HTTP %2).").arg(what).arg(status), server), detail, false);
    }
    result.retryAfter = RetryAfter::parse(answer.retryAfter, now);
    return result;
}

SoarResult SoarErrorMapper::fromNetwork(QNetworkReply::NetworkError code, const QString &errorString, const QString &host,
    const QString &what, const QString &tlsProblems)
{
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return make(0, Error::Kind::Network,
            QStringLiteral("Cannot find the host %1 (DNS lookup failed) — check the Cloud SOAR API URL and the network.")
                .arg(host),
            errorString, true);
    case QNetworkReply::ConnectionRefusedError:
        return make(0, Error::Kind::Network,
            QStringLiteral("%1 refused the connection — check the host and port of the Cloud SOAR API URL.").arg(host),
            errorString, true);
    case QNetworkReply::SslHandshakeFailedError:
        return make(0, Error::Kind::Tls,
            QStringLiteral("The TLS certificate of %1 could not be verified%2. If the server uses a private CA, add its "
                           "CA file or the certificate's SHA-256 fingerprint in the SOAR settings.")
                .arg(host, tlsProblems.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(tlsProblems)),
            errorString, false);
    case QNetworkReply::TimeoutError:
        return make(0, Error::Kind::Timeout,
            QStringLiteral("%1 did not answer in time while %2; it will be retried.").arg(host, what), errorString, true);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return make(0, Error::Kind::Network,
            QStringLiteral("The system proxy failed while %1 — check the proxy settings of this computer.").arg(what),
            errorString, true);
    default:
        return make(0, Error::Kind::Network,
            QStringLiteral("The connection to %1 failed while %2; it will be retried.").arg(host, what), errorString, true);
    }
}

SoarResult SoarErrorMapper::timedOut(const QString &host, const QString &what, int timeoutSeconds)
{
    return make(0, Error::Kind::Timeout,
        QStringLiteral("%1 did not answer within %2 s while %3; it will be retried.").arg(host).arg(timeoutSeconds).arg(what), {},
        true);
}

} // namespace soar::soar
