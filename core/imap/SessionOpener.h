#pragma once

#include "common/Error.h"
#include "imap/Credentials.h"
#include "imap/tasks/MailboxInfo.h"

#include <QObject>

#include <memory>

namespace soar::imap {

class ImapSession;
class Task;

// The usual start of a session in one call: connect, STARTTLS when configured, authenticate,
// and optionally select a mailbox. finished() is emitted once, with the first error if any.
class SessionOpener : public QObject {
    Q_OBJECT
public:
    SessionOpener(
        ImapSession &session, Credentials credentials, QString mailbox = {}, bool readOnly = false, QObject *parent = nullptr);
    ~SessionOpener() override;

    void start();
    // Valid after a successful finish when a mailbox was given.
    const MailboxInfo &mailbox() const { return m_mailbox; }

signals:
    void finished(const soar::common::Error &error);

private:
    enum class Step { Connect, StartTls, Authenticate, Select, Done };
    void runStep();
    void onTaskFinished(const common::Error &error);
    std::unique_ptr<Task> makeAuthTask() const;

    ImapSession &m_session;
    Credentials m_credentials;
    QString m_mailboxName;
    bool m_readOnly;
    Step m_step = Step::Connect;
    std::unique_ptr<Task> m_task;
    MailboxInfo m_mailbox;
};

} // namespace soar::imap
