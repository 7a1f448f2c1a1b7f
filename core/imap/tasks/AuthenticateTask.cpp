#include "imap/tasks/AuthenticateTask.h"

#include "common/Redactor.h"
#include "imap/ImapSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace soar::imap {

using common::Error;

AuthenticateTask::AuthenticateTask(SaslCredentials credentials, QObject *parent)
    : SignInTask(parent), m_credentials(std::move(credentials))
{ }

QByteArray AuthenticateTask::initialResponse(const SaslCredentials &c, const QString &host, quint16 port)
{
    switch (c.mechanism) {
    case SaslCredentials::Mechanism::Plain:
        return c.authorizationId.toUtf8() + '\0' + c.user.toUtf8() + '\0' + c.secret.toUtf8();
    case SaslCredentials::Mechanism::XOAuth2:
        return "user=" + c.user.toUtf8()
            + "\x01"
              "auth=Bearer "
            + c.secret.toUtf8() + "\x01\x01";
    case SaslCredentials::Mechanism::OAuthBearer:
        return "n,a=" + c.user.toUtf8()
            + ",\x01"
              "host="
            + host.toUtf8()
            + "\x01"
              "port="
            + QByteArray::number(port)
            + "\x01"
              "auth=Bearer "
            + c.secret.toUtf8() + "\x01\x01";
    }
    return {};
}

QString AuthenticateTask::describeOAuthChallenge(const QByteArray &decoded)
{
    const QJsonObject json = QJsonDocument::fromJson(decoded).object();
    if (json.isEmpty())
        return QString::fromUtf8(decoded).trimmed();
    const QString status = json.value(QStringLiteral("status")).toVariant().toString();
    QString meaning;
    if (status == QLatin1String("401") || status == QLatin1String("invalid_token"))
        meaning = QStringLiteral("the access token is invalid or has expired");
    else if (status == QLatin1String("400") || status == QLatin1String("invalid_request"))
        meaning = QStringLiteral("the server could not read the OAuth request");
    else if (status == QLatin1String("403") || status == QLatin1String("insufficient_scope"))
        meaning = QStringLiteral("the access token lacks the IMAP permission (scope)");
    else
        meaning = QStringLiteral("the access token was refused");
    QStringList facts;
    if (!status.isEmpty())
        facts << QStringLiteral("status %1").arg(status);
    const QString scope = json.value(QStringLiteral("scope")).toString();
    if (!scope.isEmpty())
        facts << QStringLiteral("needed scope %1").arg(scope);
    return facts.isEmpty() ? meaning : QStringLiteral("%1 (%2)").arg(meaning, facts.join(QStringLiteral(", ")));
}

void AuthenticateTask::run()
{
    const QByteArray mechanism = m_credentials.mechanismName();
    if (!session().hasCapability("AUTH=" + mechanism)) {
        fail(Error(Error::Kind::Auth,
            QStringLiteral("%1 does not offer AUTHENTICATE %2; choose another authentication method.")
                .arg(session().options().host, QString::fromLatin1(mechanism))));
        return;
    }
    if (const Error error = session().checkCredentialsMaySend()) {
        fail(error);
        return;
    }
    common::Redactor::registerSecret(m_credentials.secret);
    m_response = initialResponse(m_credentials, session().options().host, session().options().port).toBase64();
    if (session().hasCapability("SASL-IR")) {
        m_responseSent = true;
        send("AUTHENTICATE", {Argument::keyword(mechanism), Argument::secretKeyword(m_response.isEmpty() ? "=" : m_response)});
    } else {
        send("AUTHENTICATE", {Argument::keyword(mechanism)});
    }
}

void AuthenticateTask::onContinuation(const ContinuationResponse &response)
{
    if (!m_responseSent) {
        m_responseSent = true;
        session().sendLine(m_response, common::Redactor::saslResponse());
        return;
    }
    // A second challenge carries the failure details (RFC 7628); answer so the server sends NO.
    m_serverChallenge = QByteArray::fromBase64(response.text);
    if (m_credentials.mechanism == SaslCredentials::Mechanism::OAuthBearer)
        session().sendLine(QByteArray("\x01").toBase64(), "AQ==");
    else if (m_credentials.mechanism == SaslCredentials::Mechanism::XOAuth2)
        session().sendLine(QByteArray(), QByteArray());
    else
        session().sendLine("*", "*"); // cancel
}

Error AuthenticateTask::rejection(const StateResponse &response) const
{
    QString who = QStringLiteral("\"%1\"").arg(m_credentials.user);
    if (!m_credentials.authorizationId.isEmpty())
        who += QStringLiteral(" acting as \"%1\"").arg(m_credentials.authorizationId);
    QString detail = QString::fromUtf8(response.text);
    if (!m_serverChallenge.isEmpty())
        detail += QStringLiteral(" ") + QString::fromUtf8(m_serverChallenge);
    if (m_credentials.mechanism != SaslCredentials::Mechanism::Plain) {
        QString why = m_serverChallenge.isEmpty() ? serverText(response) : describeOAuthChallenge(m_serverChallenge);
        // An [ALERT] is meant for the person (RFC 9051 section 7.1): never hide it behind the challenge.
        if (!m_serverChallenge.isEmpty() && response.code.kind == ResponseCode::Kind::Alert)
            why += QStringLiteral(" (the server says: %1)").arg(serverText(response));
        return Error(Error::Kind::Auth,
            QStringLiteral("%1 rejected %2 for %3: %4. Sign in again, and check that the account may use IMAP.")
                .arg(session().options().host, name(), who, why),
            detail);
    }
    return Error(Error::Kind::Auth,
        QStringLiteral("%1 rejected %2 for %3: %4. Check the credentials.")
            .arg(session().options().host, name(), who, serverText(response)),
        detail);
}

} // namespace soar::imap
