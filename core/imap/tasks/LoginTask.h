#pragma once

#include "imap/tasks/SignInTask.h"

namespace soar::imap {

// LOGIN user password. Refused when the server says LOGINDISABLED or the connection is not
// allowed to carry passwords (see ImapSession::checkCredentialsMaySend).
class LoginTask final : public SignInTask {
    Q_OBJECT
public:
    LoginTask(QString user, QString password, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("LOGIN"); }

protected:
    void run() override;
    common::Error rejection(const StateResponse &response) const override;

private:
    QString m_user;
    QString m_password;
};

} // namespace soar::imap
