#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// LOGIN user password. Refused when the server says LOGINDISABLED or the connection is not
// allowed to carry passwords (see ImapSession::checkCredentialsMaySend).
class LoginTask final : public Task {
    Q_OBJECT
public:
    LoginTask(QString user, QString password, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("LOGIN"); }

protected:
    void run() override;
    void onTaggedOk(const StateResponse &response) override;
    common::Error errorForRejection(const StateResponse &response) const override;

private:
    QString m_user;
    QString m_password;
    bool m_loggedIn = false;
};

} // namespace soar::imap
