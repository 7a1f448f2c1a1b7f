#pragma once

#include "imap/tasks/SaslCredentials.h"
#include "imap/tasks/Task.h"

namespace soar::imap {

// AUTHENTICATE PLAIN / XOAUTH2 / OAUTHBEARER, with SASL-IR when the server offers it.
class AuthenticateTask final : public Task {
    Q_OBJECT
public:
    explicit AuthenticateTask(SaslCredentials credentials, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("AUTHENTICATE ") + QString::fromLatin1(m_credentials.mechanismName()); }

    // The initial client response, before base64 (exposed for tests).
    static QByteArray initialResponse(const SaslCredentials &credentials, const QString &host, quint16 port);

protected:
    void run() override;
    void onContinuation(const ContinuationResponse &response) override;
    void onTaggedOk(const StateResponse &response) override;
    common::Error errorForRejection(const StateResponse &response) const override;

private:
    SaslCredentials m_credentials;
    QByteArray m_response; // base64
    bool m_responseSent = false;
    bool m_authenticated = false;
    QString m_serverChallenge; // the error details an OAuth server sends before NO
};

} // namespace soar::imap
