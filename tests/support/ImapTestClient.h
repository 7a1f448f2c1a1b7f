#pragma once

#include "RigServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslSocket>
#include <QString>

namespace soar::test {

// A deliberately small, blocking IMAP client for tests: it seeds the rig's servers through
// APPEND and inspects folders independently of the engine under test. Not product code.
class ImapTestClient {
public:
    // On the rig's Dovecot.
    ImapTestClient(const QString &user, const QString &password);
    // On one of RigEnvironment::servers(); user is a rig user (kAlice ...), logged in as server.login(user).
    ImapTestClient(const RigServer &server, const QString &user, const QString &password);

    bool isLoggedIn() const { return m_loggedIn; }
    QString lastError() const { return m_error; }

    // Sends "tag command" and returns every line of the answer including the tagged one;
    // empty with lastError() set unless the answer is OK.
    QByteArray command(const QByteArray &command);

    bool append(const QString &folder, const QByteArray &rawMessage, const QByteArrayList &flags = {},
        const QDateTime &internalDate = {});
    bool createFolder(const QString &folder);
    bool deleteFolder(const QString &folder);
    // Deletes every message of the folder (creating it when missing).
    bool resetFolder(const QString &folder);
    // UIDs matching criteria in folder, e.g. search("INBOX", "UNSEEN").
    QList<quint32> search(const QString &folder, const QByteArray &criteria);
    QByteArray flagsOf(const QString &folder, quint32 uid);
    quint32 uidValidity(const QString &folder);

private:
    QByteArray readUntilTagged(const QByteArray &tag);
    QByteArray nextTag();
    static QByteArray quoted(const QString &text);

    QSslSocket m_socket;
    bool m_loggedIn = false;
    QString m_error;
    int m_tag = 0;
};

} // namespace soar::test
