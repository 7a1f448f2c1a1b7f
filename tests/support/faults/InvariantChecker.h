#pragma once

#include "ServerMail.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace soar::test {

class SoarTestServer;

// The end-of-scenario check of the fault-injection suite. It reads the server's folder over its
// own IMAP connection (Message-ID, SHA-256 of the raw bytes, \Seen) and the store file, and
// reports every broken invariant as a sentence:
//   - every mail in the folder that matches the rules is stored exactly once, byte for byte
//     (after a broken run: at most once);
//   - nothing that does not match is stored (nor anything the folder never held);
//   - the store passes PRAGMA integrity_check and foreign_key_check;
//   - no \Seen flag on a mail that is not stored (and, after a completed run, every stored mail
//     is \Seen);
//   - when a SOAR test server is given, it created exactly one incident per stored mail.
// An empty list means the scenario lost nothing and duplicated nothing.
class InvariantChecker {
public:
    InvariantChecker(QString user, QString password, QString folder, QString storePath, QString resource);

    // Which server mails the resource's rules select; every mail by default.
    void setRule(std::function<bool(const ServerMail &)> matches) { m_matches = std::move(matches); }
    // Mails stored earlier from a folder state that no longer exists (deleted, recreated).
    void allowStoredElsewhere(const QSet<QString> &messageIds) { m_storedElsewhere = messageIds; }
    // After a run that finished normally every matching mail must be stored and carry \Seen;
    // after a broken run some may still wait for the next one.
    void setRunCompleted(bool completed) { m_runCompleted = completed; }
    void setSoarServer(const SoarTestServer *server) { m_soar = server; }

    QStringList check();

    // Figures of the last check, for the reliability report.
    int mailsChecked() const { return m_checked; }
    int storedCount() const { return m_stored; }
    const QList<ServerMail> &serverMails() const { return m_server; }

    // The folder as the server holds it; fills error when it cannot be read.
    static QList<ServerMail> readFolder(const QString &user, const QString &password, const QString &folder, QString *error);
    static QString messageIdOf(const QByteArray &raw);

private:
    QString m_user;
    QString m_password;
    QString m_folder;
    QString m_storePath;
    QString m_resource;
    std::function<bool(const ServerMail &)> m_matches;
    QSet<QString> m_storedElsewhere;
    bool m_runCompleted = false;
    const SoarTestServer *m_soar = nullptr;
    QList<ServerMail> m_server;
    int m_checked = 0;
    int m_stored = 0;
};

} // namespace soar::test
