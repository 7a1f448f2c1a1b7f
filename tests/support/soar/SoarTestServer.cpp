#include "SoarTestServer.h"

#include "HttpRequestReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslSocket>

#include <utility>

namespace soar::test {

namespace {

// The contract, spelled out independently of the client (docs/soar-api.md).
QByteArray apiRoot(SoarTestServer::Deployment deployment)
{
    return deployment == SoarTestServer::Deployment::Legacy ? QByteArrayLiteral("/incmansuite_ng/api/v3/")
                                                            : QByteArrayLiteral("/api/csoar/v3/");
}
QByteArray v2Root(SoarTestServer::Deployment deployment)
{
    return deployment == SoarTestServer::Deployment::Legacy ? QByteArrayLiteral("/incmansuite_ng/api/v2/")
                                                            : QByteArrayLiteral("/api/csoar/v2/");
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QList<QPair<QString, QString>> parseForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return items;
}

} // namespace

SoarTestServer::Fault SoarTestServer::Fault::answer(int status, const QByteArray &jsonMessage)
{
    Fault f;
    f.status = status;
    if (!jsonMessage.isEmpty())
        f.body = QJsonDocument(QJsonObject {{QStringLiteral("message"), QString::fromUtf8(jsonMessage)}})
                     .toJson(QJsonDocument::Compact);
    return f;
}

SoarTestServer::Fault SoarTestServer::Fault::rateLimited(const QByteArray &retryAfter)
{
    Fault f = answer(429, "Too many requests");
    f.retryAfter = retryAfter;
    return f;
}

SoarTestServer::Fault SoarTestServer::Fault::page(int status, const QByteArray &html)
{
    Fault f;
    f.status = status;
    f.contentType = "text/html; charset=utf-8";
    f.body = html;
    return f;
}

SoarTestServer::Fault SoarTestServer::Fault::redirect(const QByteArray &location)
{
    Fault f;
    f.status = 302;
    f.location = location;
    return f;
}

SoarTestServer::Fault SoarTestServer::Fault::hang()
{
    Fault f;
    f.kind = Kind::Hang;
    return f;
}

SoarTestServer::Fault SoarTestServer::Fault::drop()
{
    Fault f;
    f.kind = Kind::Drop;
    return f;
}

SoarTestServer::Fault SoarTestServer::Fault::loseAnswer()
{
    Fault f;
    f.kind = Kind::LoseAnswer;
    return f;
}

SoarTestServer::SoarTestServer(Deployment deployment, QObject *parent) : QTcpServer(parent), m_deployment(deployment)
{ }

void SoarTestServer::acceptToken(const QByteArray &jwt)
{
    m_expectedAuthorization = "Bearer " + jwt;
}

void SoarTestServer::acceptAccessKey(const QByteArray &accessId, const QByteArray &accessKey)
{
    m_expectedAuthorization = "Basic " + (accessId + ':' + accessKey).toBase64();
}

bool SoarTestServer::startPlain()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool SoarTestServer::startTls(const QString &certificateFile, const QString &keyFile)
{
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    m_tls = true;
    return listen(QHostAddress::LocalHost, 0);
}

QUrl SoarTestServer::rootUrl() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2/").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(serverPort()));
}

QUrl SoarTestServer::apiUrl() const
{
    return rootUrl().resolved(QUrl(QString::fromLatin1(apiRoot(m_deployment))));
}

void SoarTestServer::injectFault(const Fault &fault, int times)
{
    m_faults.append({fault, times});
}

void SoarTestServer::addIncident(const QString &id, const QJsonObject &incident)
{
    QJsonObject stored = incident;
    stored.insert(QStringLiteral("id"), id);
    m_incidents.insert(id, stored);
}

void SoarTestServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(descriptor);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void SoarTestServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        QString error;
        const auto request = HttpRequestReader::take(buffer, &error);
        if (!error.isEmpty()) {
            m_violations << QStringLiteral("unreadable request: %1").arg(error);
            socket->abort();
            return;
        }
        if (!request)
            return;
        handle(socket, *request);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void SoarTestServer::handle(QTcpSocket *socket, const HttpRequest &request)
{
    m_requests.append(request);
    emit requestReceived(request);
    if (!m_faults.isEmpty()) {
        const Fault fault = m_faults.first().first;
        if (--m_faults.first().second <= 0)
            m_faults.removeFirst();
        if (fault.kind == Fault::Kind::Hang) {
            ++m_droppedOrHeld;
            m_held.append({socket, request});
            return;
        }
        if (fault.kind == Fault::Kind::Drop) {
            ++m_droppedOrHeld;
            socket->abort();
            return;
        }
        if (fault.kind == Fault::Kind::LoseAnswer) {
            ++m_droppedOrHeld;
            route(request);
            socket->abort();
            return;
        }
        Answer answer;
        answer.status = fault.status;
        answer.contentType = fault.contentType;
        answer.body = fault.body;
        if (!fault.retryAfter.isEmpty())
            answer.headers.append({"Retry-After", fault.retryAfter});
        if (!fault.location.isEmpty())
            answer.headers.append({"Location", fault.location});
        socket->write(serialise(answer));
        return;
    }
    socket->write(serialise(route(request)));
}

void SoarTestServer::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, request] : held) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(serialise(route(request)));
    }
}

void SoarTestServer::violation(const HttpRequest &request, const QString &what)
{
    m_violations
        << QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(request.method), QString::fromLatin1(request.target), what);
}

bool SoarTestServer::checkAuthorization(const HttpRequest &request)
{
    const QByteArray value = request.header("Authorization");
    if (value.isEmpty())
        return false; // answered 401: the connection test probes without credentials on purpose
    if (m_deployment == Deployment::Legacy) {
        static const QRegularExpression bearer(QStringLiteral("^Bearer [A-Za-z0-9._~+/=-]+$"));
        if (!bearer.match(QString::fromLatin1(value)).hasMatch())
            violation(request, QStringLiteral("Authorization is not \"Bearer <token>\""));
    } else {
        const QByteArray decoded = QByteArray::fromBase64(value.mid(6), QByteArray::AbortOnBase64DecodingErrors);
        const int colon = decoded.indexOf(':');
        if (!value.startsWith("Basic ") || colon <= 0 || colon == decoded.size() - 1)
            violation(request, QStringLiteral("Authorization is not \"Basic base64(accessId:accessKey)\""));
    }
    return value == m_expectedAuthorization;
}

SoarTestServer::Answer SoarTestServer::route(const HttpRequest &request)
{
    if (request.version != "HTTP/1.1")
        violation(request, QStringLiteral("not HTTP/1.1"));
    if (request.header("Host").isEmpty())
        violation(request, QStringLiteral("no Host header"));
    if (!request.header("Accept").contains("application/json"))
        violation(request, QStringLiteral("Accept does not include application/json"));

    const QByteArray path = request.path();
    const QByteArray root = apiRoot(m_deployment);
    const QByteArray v2 = v2Root(m_deployment);
    if (!path.startsWith(root) && !path.startsWith(v2)) {
        violation(request, QStringLiteral("path outside the documented API roots"));
        Answer notFound;
        notFound.status = 404;
        notFound.contentType = "text/html";
        notFound.body = "<html><body>Not Found</body></html>";
        return notFound;
    }
    if (!checkAuthorization(request))
        return json(401, {{QStringLiteral("message"), QStringLiteral("Invalid or expired token")}});

    static const QRegularExpression incidentPath(QStringLiteral("^incidents/([^/]+)$"));
    if (path.startsWith(root)) {
        const QString rest = QString::fromLatin1(path.mid(root.size()));
        const auto match = incidentPath.match(rest);
        if (request.method == "POST" && rest == QLatin1String("incidents/"))
            return createIncident(request);
        if (request.method == "GET" && match.hasMatch())
            return getIncident(request, QUrl::fromPercentEncoding(match.captured(1).toLatin1()));
    } else {
        const auto match = incidentPath.match(QString::fromLatin1(path.mid(v2.size())));
        if (request.method == "PUT" && match.hasMatch())
            return updateIncident(request, QUrl::fromPercentEncoding(match.captured(1).toLatin1()));
    }
    violation(request, QStringLiteral("no such endpoint in docs/soar-api.md"));
    return json(405, {{QStringLiteral("message"), QStringLiteral("Method not allowed")}});
}

SoarTestServer::Answer SoarTestServer::getIncident(const HttpRequest &request, const QString &id)
{
    if (!request.body.isEmpty())
        violation(request, QStringLiteral("GET with a body"));
    if (!m_incidents.contains(id))
        return json(404, {{QStringLiteral("message"), QStringLiteral("Incident %1 not found").arg(id)}});
    return json(200, m_incidents.value(id));
}

SoarTestServer::Answer SoarTestServer::createIncident(const HttpRequest &request)
{
    if (!request.header("Content-Type").startsWith("application/json"))
        violation(request, QStringLiteral("Content-Type is not application/json"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    const QByteArray key = request.header("Idempotency-Key");
    if (!hex64.match(QString::fromLatin1(key)).hasMatch())
        violation(request, QStringLiteral("Idempotency-Key is missing or not 64 hex digits"));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    const QJsonObject body = document.object();
    if (!document.isObject()) {
        violation(request, QStringLiteral("body is not a JSON object: %1").arg(error.errorString()));
        return json(400, {{QStringLiteral("message"), QStringLiteral("Invalid JSON")}});
    }
    for (const QString &k : body.keys()) {
        if (k != QLatin1String("template_id") && k != QLatin1String("fields"))
            violation(request, QStringLiteral("unknown top-level key \"%1\"").arg(k));
    }
    const QJsonValue templateId = body.value(QLatin1String("template_id"));
    if (!templateId.isDouble() || templateId.toDouble() != double(templateId.toInteger()) || templateId.toInteger() <= 0)
        violation(request, QStringLiteral("template_id is not a positive integer"));
    if (!body.value(QLatin1String("fields")).isObject())
        violation(request, QStringLiteral("fields is not an object"));
    const QJsonObject fields = body.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
            violation(request, QStringLiteral("field \"%1\" is not a string, number or boolean").arg(it.key()));
    }

    if (m_honoursIdempotencyKey && !key.isEmpty() && m_idempotencyKeys.contains(key))
        return json(200, m_incidents.value(m_idempotencyKeys.value(key)));
    const QString id = QString::number(m_nextIncidentId++);
    QJsonObject stored = body;
    stored.insert(QStringLiteral("id"), id.toInt());
    m_incidents.insert(id, stored);
    if (!key.isEmpty()) {
        m_idempotencyKeys.insert(key, id);
        ++m_createdPerKey[key];
    }
    return json(201, stored);
}

SoarTestServer::Answer SoarTestServer::updateIncident(const HttpRequest &request, const QString &id)
{
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        violation(request, QStringLiteral("Content-Type is not application/x-www-form-urlencoded"));
    const auto form = parseForm(request.body);
    QString additionalInfo;
    bool found = false;
    for (const auto &item : form) {
        if (item.first == QLatin1String("additional_info")) {
            additionalInfo = item.second;
            found = true;
        } else {
            violation(request, QStringLiteral("unknown form field \"%1\"").arg(item.first));
        }
    }
    if (!found)
        violation(request, QStringLiteral("no additional_info form field"));
    if (!m_incidents.contains(id))
        return json(404, {{QStringLiteral("message"), QStringLiteral("Incident %1 not found").arg(id)}});
    QJsonObject incident = m_incidents.value(id);
    QJsonObject fields = incident.value(QLatin1String("fields")).toObject();
    fields.insert(QStringLiteral("additional_info"), additionalInfo);
    incident.insert(QStringLiteral("fields"), fields);
    m_incidents.insert(id, incident);
    return json(200, incident);
}

SoarTestServer::Answer SoarTestServer::json(int status, const QJsonObject &object)
{
    Answer answer;
    answer.status = status;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

QByteArray SoarTestServer::serialise(const Answer &answer)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    if (!answer.body.isEmpty() || answer.status != 302)
        out += "Content-Type: " + answer.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n";
    for (const auto &h : answer.headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n" + answer.body;
}

} // namespace soar::test
