#pragma once

#include "common/Error.h"
#include "imap/parser/Argument.h"
#include "imap/parser/Response.h"

#include <QObject>
#include <QSet>

namespace soar::imap {

class ImapSession;

// One IMAP command (or a short fixed exchange) run by an ImapSession. The base class routes
// responses, handles NO/BAD once, and guarantees exactly one finished() per task, emitted from
// the event loop after the session state is consistent. Results are read from the concrete
// task once finished() reported no error.
class Task : public QObject {
    Q_OBJECT
public:
    explicit Task(QObject *parent = nullptr);

    // For messages: "SELECT", "UID FETCH", ...
    virtual QString name() const = 0;
    bool isFinished() const { return m_finished; }
    const common::Error &error() const { return m_error; }

    // --- called by ImapSession ---
    void start(ImapSession &session);
    void handle(const Response &response);
    // The session ends the task: timeout, lost connection, BYE, cancel.
    void abort(const common::Error &error) { fail(error); }
    virtual bool opensConnection() const { return false; }
    virtual bool waitsForServerSilently() const { return false; }
    // The session's idle-restart time passed while waitsForServerSilently().
    virtual void onSilenceTimeout() { }
    virtual bool expectsBye() const { return false; }
    virtual void onConnected() { }
    virtual void onEncrypted() { }
    virtual void onConnectionClosed() { }

signals:
    // Exactly once. error.isError() is false on success.
    void finished(const soar::common::Error &error);

protected:
    virtual void run() = 0;
    // A tagged OK for one of this task's commands.
    virtual void onTaggedOk(const StateResponse &response) = 0;
    virtual void onUntagged(const Response &response);
    virtual void onContinuation(const ContinuationResponse &response);
    // The error for a tagged NO/BAD; override to say what it means for this command.
    virtual common::Error errorForRejection(const StateResponse &response) const;

    // Sends a command and remembers its tag; on failure the task fails and an empty tag is returned.
    QByteArray send(const QByteArray &command, const QList<Argument> &args = {});
    bool hasPendingCommands() const { return !m_pendingTags.isEmpty(); }
    void succeed();
    void fail(const common::Error &error);
    ImapSession &session() const { return *m_session; }

    static QString serverText(const StateResponse &response);

private:
    void finish(const common::Error &error);

    ImapSession *m_session = nullptr;
    QSet<QByteArray> m_pendingTags;
    bool m_finished = false;
    common::Error m_error;
};

} // namespace soar::imap
