#pragma once

#include "imap/tasks/SaslCredentials.h"
#include "imap/tasks/SignInTask.h"

namespace soar::imap {

// AUTHENTICATE PLAIN / XOAUTH2 / OAUTHBEARER, with SASL-IR when the server offers it.
class AuthenticateTask final : public SignInTask {
    Q_OBJECT
public:
    explicit AuthenticateTask(SaslCredentials credentials, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("AUTHENTICATE ") + QString::fromLatin1(m_credentials.mechanismName()); }

    // The initial client response, before base64 (exposed for tests).
    static QByteArray initialResponse(const SaslCredentials &credentials, const QString &host, quint16 port);
    // The JSON an OAuth server sends as its failure challenge (RFC 7628 section 3.2.2, Google's
    // XOAUTH2), in words: "the access token was refused (HTTP status 401, ...)".
    static QString describeOAuthChallenge(const QByteArray &decodedChallenge);

protected:
    void run() override;
    void onContinuation(const ContinuationResponse &response) override;
    common::Error rejection(const StateResponse &response) const override;

private:
    SaslCredentials m_credentials;
    QByteArray m_response; // base64
    bool m_responseSent = false;
    QByteArray m_serverChallenge; // the error details an OAuth server sends before NO (decoded)
};

} // namespace soar::imap
