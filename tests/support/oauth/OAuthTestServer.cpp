#include "OAuthTestServer.h"

#include "RsaVerifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUuid>

namespace soar::test {

namespace {

QString randomToken(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An unsigned ID token: enough for the client to show who signed in.
QString idToken(const QString &account)
{
    const auto b64
        = [](const QByteArray &data) { return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
    return QString::fromLatin1(b64(R"({"alg":"none"})") + '.'
        + b64(json({{QStringLiteral("preferred_username"), account}, {QStringLiteral("iss"), QStringLiteral("test")}})) + '.');
}

QString value(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

// application/x-www-form-urlencoded: '+' is a space.
QUrlQuery form(QByteArray body)
{
    body.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(body));
}

} // namespace

OAuthTestServer::OAuthTestServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OAuthTestServer::onConnection);
}

bool OAuthTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl OAuthTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void OAuthTestServer::setClient(const QString &clientId, const QString &clientSecret)
{
    m_clients.insert(clientId, clientSecret);
}

QString OAuthTestServer::grantRefreshToken(const QString &account)
{
    const QString token = randomToken("rt-");
    m_refreshTokens.insert(token, account);
    return token;
}

void OAuthTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            int length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toInt();
            }
            if (requestLine.size() < 2 || buffer->size() < headerEnd + 4 + length)
                return;
            const Response r = handle(requestLine.at(0), requestLine.at(1), buffer->mid(headerEnd + 4, length));
            buffer->clear();
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + (r.status == 302 ? " Found" : " OK")
                + "\r\nContent-Type: " + r.contentType + "\r\nContent-Length: " + QByteArray::number(r.body.size())
                + "\r\nConnection: close\r\n";
            if (!r.location.isEmpty())
                out += "Location: " + r.location + "\r\n";
            socket->write(out + "\r\n" + r.body);
            socket->disconnectFromHost();
        });
    }
}

OAuthTestServer::Response OAuthTestServer::handle(const QByteArray &method, const QByteArray &target, const QByteArray &body)
{
    const QUrl url(QString::fromLatin1(target));
    const QString path = url.path();
    if (path.contains(QLatin1String("/oauth2/")))
        m_lastTenant = path.section(QLatin1Char('/'), 1, 1);
    if (method == "GET" && path.endsWith(QLatin1String("/authorize")))
        return authorize(QUrlQuery(url));
    if (method == "POST" && path.endsWith(QLatin1String("/token")))
        return token(form(body));
    if (method == "POST" && path.endsWith(QLatin1String("/devicecode")))
        return deviceAuthorization(form(body));
    if (method == "POST" && path.endsWith(QLatin1String("/introspect")))
        return introspect(form(body));
    Response r;
    r.status = 404;
    r.body = "{}";
    return r;
}

OAuthTestServer::Response OAuthTestServer::oauthError(int status, const QString &code, const QString &description)
{
    Response r;
    r.status = status;
    r.body = json({{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}});
    return r;
}

OAuthTestServer::Response OAuthTestServer::authorize(const QUrlQuery &query)
{
    m_lastAuthorize = query;
    const QString clientId = value(query, "client_id");
    const QString redirectUri = value(query, "redirect_uri");
    if (!m_clients.contains(clientId) || !redirectUri.startsWith(QLatin1String("http://127.0.0.1:")))
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("unknown client or redirect"));
    QUrl back(redirectUri);
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("state"), value(query, "state"));
    if (m_deny) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("The user declined consent"));
    } else if (value(query, "code_challenge_method") != QLatin1String("S256") || value(query, "code_challenge").isEmpty()) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("PKCE S256 is required"));
    } else {
        const QString code = randomToken("code-");
        m_codes.insert(code, {clientId, redirectUri, value(query, "code_challenge"), value(query, "scope")});
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    back.setQuery(answer);
    Response r;
    r.status = 302;
    r.contentType = "text/plain";
    r.location = back.toEncoded();
    return r;
}

OAuthTestServer::Response OAuthTestServer::issueTokens(const QString &account, const QString &scope, bool withRefresh)
{
    m_lastAccessToken = randomToken("at-");
    m_accessTokens.insert(m_lastAccessToken, account);
    emit tokenIssued(m_lastAccessToken);
    QJsonObject answer {{QStringLiteral("access_token"), m_lastAccessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), m_lifetime},
        {QStringLiteral("scope"), scope}};
    if (withRefresh && !m_withholdRefresh) {
        m_lastRefreshToken = randomToken("rt-");
        m_refreshTokens.insert(m_lastRefreshToken, account);
        answer.insert(QStringLiteral("refresh_token"), m_lastRefreshToken);
        answer.insert(QStringLiteral("id_token"), idToken(account));
    }
    Response r;
    r.body = json(answer);
    return r;
}

OAuthTestServer::Response OAuthTestServer::token(const QUrlQuery &form)
{
    m_lastTokenForm = form;
    const QString grant = value(form, "grant_type");
    m_grantCounts[grant] += 1;
    // A service account authenticates with its signed JWT, not with a client id.
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        return jwtBearer(form);
    const QString clientId = value(form, "client_id");
    if (!m_clients.contains(clientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("AADSTS700016: unknown application"));
    const QString secret = m_clients.value(clientId);
    if (!secret.isEmpty() && value(form, "client_secret") != secret)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("AADSTS7000215: invalid client secret"));

    if (grant == QLatin1String("authorization_code")) {
        const PendingCode pending = m_codes.take(value(form, "code"));
        if (pending.clientId != clientId || pending.redirectUri != value(form, "redirect_uri"))
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown code or redirect_uri mismatch"));
        const QByteArray challenge = QCryptographicHash::hash(value(form, "code_verifier").toLatin1(), QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (QString::fromLatin1(challenge) != pending.challenge)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
        return issueTokens(m_account, pending.scope, true);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString old = value(form, "refresh_token");
        if (!m_refreshTokens.contains(old))
            return oauthError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("AADSTS70008: The refresh token has expired or was revoked"));
        const QString account = m_refreshTokens.take(old); // rotated: the old one is used up
        return issueTokens(account, value(form, "scope"), true);
    }
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return deviceToken(form);
    if (grant == QLatin1String("client_credentials")) {
        if (secret.isEmpty())
            return oauthError(
                400, QStringLiteral("unauthorized_client"), QStringLiteral("a public client has no app-only access"));
        return issueTokens(m_appOnlyAccount, value(form, "scope"), false);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"), grant);
}

OAuthTestServer::Response OAuthTestServer::introspect(const QUrlQuery &form)
{
    ++m_introspections;
    const QString token = value(form, "token");
    Response r;
    if (!m_accessTokens.contains(token))
        r.body = json({{QStringLiteral("active"), false}});
    else
        r.body = json({{QStringLiteral("active"), true}, {QStringLiteral("username"), m_accessTokens.value(token)}});
    return r;
}

void OAuthTestServer::setServiceAccount(const QString &clientEmail, const QByteArray &publicKeyPem)
{
    m_serviceAccount = clientEmail;
    m_serviceAccountKey = publicKeyPem;
}

OAuthTestServer::Response OAuthTestServer::deviceAuthorization(const QUrlQuery &form)
{
    if (!m_clients.contains(value(form, "client_id")))
        return oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("AADSTS700016: unknown application"));
    m_deviceCode = randomToken("device-");
    m_deviceScope = value(form, "scope");
    m_deviceClock.start();
    m_devicePolls.clear();
    Response r;
    r.body = json({{QStringLiteral("device_code"), m_deviceCode}, {QStringLiteral("user_code"), userCode()},
        {QStringLiteral("verification_uri"), verificationUrl().toString()}, {QStringLiteral("expires_in"), 900},
        {QStringLiteral("interval"), m_deviceInterval},
        {QStringLiteral("message"),
            QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2.")
                .arg(verificationUrl().toString(), userCode())}});
    return r;
}

OAuthTestServer::Response OAuthTestServer::deviceToken(const QUrlQuery &form)
{
    if (m_deviceCode.isEmpty() || value(form, "device_code") != m_deviceCode)
        return oauthError(400, QStringLiteral("bad_verification_code"), QStringLiteral("unknown device code"));
    m_devicePolls.append(m_deviceClock.elapsed());
    const QString answer = m_deviceAnswers.size() > 1 ? m_deviceAnswers.takeFirst() : m_deviceAnswers.value(0);
    if (answer == QLatin1String("grant")) {
        m_deviceCode.clear(); // used up
        return issueTokens(m_account, m_deviceScope, true);
    }
    return oauthError(400, answer, QStringLiteral("scripted device flow answer"));
}

OAuthTestServer::Response OAuthTestServer::jwtBearer(const QUrlQuery &form)
{
    const QByteArray assertion = value(form, "assertion").toLatin1();
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3 || m_serviceAccountKey.isEmpty())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("not a JWT"));
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
    };
    if (decode(parts.at(0)).value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("alg must be RS256"));
    const QByteArray signature = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    if (!RsaVerifier::verifySha256(m_serviceAccountKey, parts.at(0) + '.' + parts.at(1), signature))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT Signature."));
    const QJsonObject claims = decode(parts.at(1));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (claims.value(QStringLiteral("iss")).toString() != m_serviceAccount)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("unknown service account"));
    if (claims.value(QStringLiteral("aud")).toString() != tokenUrl().toString())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: aud is not the token endpoint"));
    if (qint64(claims.value(QStringLiteral("exp")).toDouble()) <= now
        || qint64(claims.value(QStringLiteral("iat")).toDouble()) > now + 60)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: Token must be a short-lived token"));
    const QString subject = claims.value(QStringLiteral("sub")).toString();
    if (subject.isEmpty())
        return oauthError(
            401, QStringLiteral("unauthorized_client"), QStringLiteral("Client is unauthorized to retrieve access tokens"));
    m_lastClaims = claims;
    return issueTokens(subject, claims.value(QStringLiteral("scope")).toString(), false);
}

} // namespace soar::test
