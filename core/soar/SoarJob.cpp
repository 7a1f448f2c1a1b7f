#include "soar/SoarJob.h"

#include "common/Logging.h"
#include "common/Redactor.h"
#include "common/Version.h"
#include "soar/SoarEndpoints.h"
#include "soar/SoarErrorMapper.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace soar::soar {

namespace {

using common::Error;

constexpr int kMaxRedirects = 3;

std::shared_ptr<spdlog::logger> soarLog()
{
    return common::Logging::get("soar");
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

SoarJob::SoarJob(SoarJobContext context, QObject *parent) : QObject(parent), m_context(std::move(context))
{ }

SoarJob::~SoarJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SoarJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_request = request();
    if (!m_context.network) {
        SoarResult failed;
        failed.error = Error(Error::Kind::Internal, QStringLiteral("No network access is set up for Cloud SOAR."));
        // Completion is always asynchronous, so callers can connect after start().
        QTimer::singleShot(0, this, [this, failed] { finish(failed); });
        return;
    }
    m_timer = m_context.timerFactory ? m_context.timerFactory() : nullptr;
    if (m_timer) {
        connect(m_timer.get(), &RequestTimer::expired, this, &SoarJob::onTimeout);
        m_timer->start(m_context.timeout);
    }
    send(m_context.apiBase.resolved(QUrl(m_request.path)));
}

void SoarJob::send(const QUrl &url)
{
    m_url = url;
    QNetworkRequest http(m_url);
    http.setSslConfiguration(m_context.tls.configuration());
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("User-Agent", QByteArray(common::kAppName) + '/' + common::kVersion);
    if (!m_context.authorization.isEmpty()) // empty only for the connection test's reachability probe
        http.setRawHeader("Authorization", m_context.authorization);
    if (!m_request.contentType.isEmpty())
        http.setRawHeader("Content-Type", m_request.contentType);
    if (!m_request.idempotencyKey.isEmpty())
        http.setRawHeader(SoarEndpoints::kIdempotencyKeyHeader, m_request.idempotencyKey);

    soarLog()->info("{} {}", m_request.method, common::Redactor::url(m_url));
    for (const QByteArray &name : http.rawHeaderList())
        soarLog()->debug("  {}", common::Redactor::httpHeader(name, http.rawHeader(name)));

    m_reply = m_request.contentType.isEmpty() ? m_context.network->sendCustomRequest(http, m_request.method)
                                              : m_context.network->sendCustomRequest(http, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &SoarJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_context.tls.mayIgnore(errors)) {
            soarLog()->info("accepting the trusted certificate of {} by its SHA-256 fingerprint", m_url.host());
            m_reply->ignoreSslErrors(errors);
            return;
        }
        m_tlsProblems = SoarTlsPolicy::describe(errors);
    });
}

void SoarJob::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else {
        SoarResult cancelled;
        cancelled.error = Error(Error::Kind::Cancelled, QStringLiteral("The Cloud SOAR request was cancelled."));
        QTimer::singleShot(0, this, [this, cancelled] { finish(cancelled); });
    }
}

void SoarJob::onTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

bool SoarJob::redirectAllowed(const QUrl &target) const
{
    const bool sameHost
        = target.host().compare(m_url.host(), Qt::CaseInsensitive) == 0 && effectivePort(target) == effectivePort(m_url);
    const bool downgrade = m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
    return sameHost && !downgrade;
}

bool SoarJob::followRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader("Location");
    if (status < 300 || status >= 400 || status == 304 || location.isEmpty() || m_redirects >= kMaxRedirects || m_timedOut
        || m_cancelled)
        return false;
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (!redirectAllowed(target)) {
        soarLog()->warn("refusing redirect to {}", common::Redactor::url(target));
        m_rejectedRedirect = target;
        return false;
    }
    ++m_redirects;
    soarLog()->info("following redirect (HTTP {}) to {}", status, common::Redactor::url(target));
    if (status == 303) { // "see other": fetch the answer with GET
        m_request.method = "GET";
        m_request.contentType.clear();
        m_request.body.clear();
    }
    reply->disconnect(this);
    reply->deleteLater();
    send(target);
    return true;
}

void SoarJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    if (followRedirect(reply))
        return;
    if (m_timer)
        m_timer->stop();
    SoarResult result = resultFromReply(reply);
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    finish(std::move(result));
}

SoarResult SoarJob::resultFromReply(QNetworkReply *reply) const
{
    const QString host = m_url.host();
    if (m_timedOut)
        return SoarErrorMapper::timedOut(host, what(), int(std::chrono::ceil<std::chrono::seconds>(m_context.timeout).count()));
    if (m_cancelled) {
        SoarResult cancelled;
        cancelled.error = Error(Error::Kind::Cancelled, QStringLiteral("The Cloud SOAR request was cancelled."));
        return cancelled;
    }
    if (!m_rejectedRedirect.isEmpty()) {
        SoarResult refused;
        const bool downgrade = m_url.scheme() == QLatin1String("https") && m_rejectedRedirect.scheme() != QLatin1String("https");
        refused.error = Error(Error::Kind::Config,
            QStringLiteral("%1 redirected to %2, %3; soar-imap does not follow it. If that address is right, "
                           "enter it as the Cloud SOAR API URL.")
                .arg(host, common::Redactor::url(m_rejectedRedirect),
                    downgrade ? QStringLiteral("which is not encrypted (http)") : QStringLiteral("which is another host")));
        return refused;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return SoarErrorMapper::fromNetwork(reply->error(), reply->errorString(), host, what(), m_tlsProblems);

    HttpAnswer answer;
    answer.status = statusAttribute.toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.body = reply->readAll();
    soarLog()->info("{}: HTTP {} ({} bytes)", what(), answer.status, answer.body.size());
    for (const auto &pair : reply->rawHeaderPairs())
        soarLog()->debug("  {}", common::Redactor::httpHeader(pair.first, pair.second));

    if (answer.status >= 200 && answer.status < 300) {
        SoarResult result;
        result.httpStatus = answer.status;
        interpretSuccess(answer, result);
        return result;
    }
    if (answer.status >= 300 && answer.status < 400) {
        SoarResult result;
        result.httpStatus = answer.status;
        result.error = Error(Error::Kind::Protocol,
            QStringLiteral("%1 kept redirecting (HTTP %2) while %3. Check the Cloud SOAR API URL.")
                .arg(host)
                .arg(answer.status)
                .arg(what()));
        return result;
    }
    const QDateTime now = m_context.now ? m_context.now() : QDateTime::currentDateTimeUtc();
    return SoarErrorMapper::fromHttp(answer, m_context.auth, what(), now);
}

void SoarJob::interpretSuccess(const HttpAnswer &answer, SoarResult &result) const
{
    if (answer.body.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (!answer.isJson() || !document.isObject()) {
        result.error = Error(Error::Kind::Protocol,
            QStringLiteral("This URL is not a Cloud SOAR API: it answered %1 with %2 instead of a JSON object. "
                           "Check the Cloud SOAR API URL.")
                .arg(what(),
                    answer.contentType.isEmpty() ? QStringLiteral("no content type") : QString::fromLatin1(answer.contentType)),
            parseError.errorString());
        return;
    }
    result.json = document.object();
}

void SoarJob::finish(SoarResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result.ok())
        soarLog()->warn("{} failed: {}", what(), result.error.toString());
    emit finished(result);
}

} // namespace soar::soar
