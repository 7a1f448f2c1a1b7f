#include "imap/tasks/Task.h"

#include "imap/ImapSession.h"

#include <QMetaObject>

namespace soar::imap {

using common::Error;

Task::Task(QObject *parent) : QObject(parent)
{ }

void Task::start(ImapSession &session)
{
    m_session = &session;
    run();
}

QString Task::serverText(const StateResponse &response)
{
    const QString text = QString::fromUtf8(response.text).trimmed();
    return text.isEmpty() ? QStringLiteral("(no text)") : text;
}

void Task::handle(const Response &response)
{
    if (m_finished)
        return;
    if (const auto *state = std::get_if<StateResponse>(&response); state && state->isTagged()) {
        if (!m_pendingTags.remove(state->tag))
            return;
        if (state->status == Status::Ok)
            onTaggedOk(*state);
        else
            fail(errorForRejection(*state));
        return;
    }
    if (const auto *continuation = std::get_if<ContinuationResponse>(&response)) {
        onContinuation(*continuation);
        return;
    }
    if (const auto *garbage = std::get_if<ProtocolError>(&response)) {
        fail(Error(Error::Kind::Protocol,
            QStringLiteral("The server sent something that is not valid IMAP while running %1 (%2).")
                .arg(name(), garbage->reason),
            QString::fromLatin1(garbage->line)));
        return;
    }
    onUntagged(response);
}

void Task::onUntagged(const Response &)
{ }

void Task::onContinuation(const ContinuationResponse &)
{
    fail(Error(
        Error::Kind::Protocol, QStringLiteral("The server asked for more input during %1, which it should not.").arg(name())));
}

Error Task::errorForRejection(const StateResponse &response) const
{
    const QString verb = response.status == Status::Bad ? QStringLiteral("rejected as invalid") : QStringLiteral("refused");
    return Error(Error::Kind::ServerNo, QStringLiteral("The server %1 %2: %3").arg(verb, name(), serverText(response)),
        QString::fromUtf8(response.tag + ' ' + response.text));
}

QByteArray Task::send(const QByteArray &command, const QList<Argument> &args)
{
    auto tag = m_session->sendCommand(command, args);
    if (!tag.ok()) {
        fail(tag.error());
        return {};
    }
    m_pendingTags.insert(tag.value());
    return tag.value();
}

void Task::succeed()
{
    finish({});
}

void Task::fail(const Error &error)
{
    finish(error);
}

void Task::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_pendingTags.clear();
    // Queued: listeners run after the session has finished handling the current response.
    QMetaObject::invokeMethod(
        this, [this, error]() { emit finished(error); }, Qt::QueuedConnection);
}

} // namespace soar::imap
