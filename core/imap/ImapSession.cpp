#include "imap/ImapSession.h"

#include "common/Logging.h"
#include "common/Redactor.h"
#include "imap/tasks/Task.h"

#include <QMetaMethod>

namespace soar::imap {

using common::Error;

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    return common::Logging::get("imap");
}

// A loggable line for a server response: bodies are never included.
QByteArray summary(const Response &response)
{
    if (const auto *s = std::get_if<StateResponse>(&response)) {
        static const char *names[] = {"OK", "NO", "BAD", "BYE", "PREAUTH"};
        QByteArray out = (s->isTagged() ? s->tag : QByteArray("*")) + ' ' + names[int(s->status)];
        if (s->code.kind != ResponseCode::Kind::None)
            out += " [" + s->code.name + ']';
        return out + ' ' + s->text;
    }
    if (const auto *f = std::get_if<FetchResponse>(&response)) {
        QByteArray out = "* " + QByteArray::number(f->sequence) + " FETCH";
        if (f->uid)
            out += " UID " + QByteArray::number(*f->uid);
        for (const auto &[name, bytes] : f->sections)
            out += ' ' + name + " <" + QByteArray::number(bytes.size()) + " bytes>";
        for (const QByteArray &name : f->oversizedSections)
            out += ' ' + name + " <over the size limit, discarded>";
        return out;
    }
    if (const auto *e = std::get_if<ExistsResponse>(&response))
        return "* " + QByteArray::number(e->count) + " EXISTS";
    if (const auto *e = std::get_if<ExpungeResponse>(&response))
        return "* " + QByteArray::number(e->sequence) + " EXPUNGE";
    if (const auto *c = std::get_if<CapabilityResponse>(&response))
        return "* CAPABILITY " + c->capabilities.join(' ');
    if (const auto *c = std::get_if<ContinuationResponse>(&response))
        return "+ " + c->text;
    if (const auto *p = std::get_if<ProtocolError>(&response))
        return "<not IMAP: " + p->reason.toUtf8() + "> " + p->line;
    if (const auto *s = std::get_if<SearchResponse>(&response))
        return "* SEARCH <" + QByteArray::number(s->ids.size()) + " ids>";
    return "* <untagged response>";
}
} // namespace

ImapSession::ImapSession(SessionOptions options, TransportFactory transports, TimerFactory timers, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_transports(std::move(transports)), m_timer(timers()),
      m_parser(m_options.maxMessageSize)
{
    connect(m_timer.get(), &Timer::timeout, this, &ImapSession::onTimeout);
}

ImapSession::~ImapSession()
{
    if (m_transport)
        m_transport->disconnect(this);
}

bool ImapSession::hasCapability(const QByteArray &capability) const
{
    return m_capabilities.contains(capability.toUpper());
}

bool ImapSession::isEncrypted() const
{
    return m_transport && m_transport->isEncrypted();
}

void ImapSession::setCapabilities(const QByteArrayList &capabilities)
{
    m_capabilities = capabilities;
    using Literals = CommandEncoder::Literals;
    m_encoder.setLiterals(hasCapability("LITERAL+") ? Literals::NonSynchronizing
            : hasCapability("LITERAL-")             ? Literals::NonSynchronizingUpTo4K
                                                    : Literals::Synchronizing);
}

void ImapSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ImapSession::setSelected()
{
    setState(State::Selected);
}

Error ImapSession::checkCredentialsMaySend() const
{
    if (isEncrypted())
        return {};
    if (m_options.security == Security::None && m_options.allowPlaintextPasswords)
        return {};
    if (m_options.security == Security::None)
        return Error(Error::Kind::Config,
            QStringLiteral("Refusing to send the password to %1 without encryption. Choose TLS or STARTTLS, or explicitly allow "
                           "plaintext passwords for this connection.")
                .arg(m_options.host));
    return Error(Error::Kind::Tls,
        QStringLiteral("Refusing to send the password to %1: the connection is not encrypted yet.").arg(m_options.host));
}

void ImapSession::enqueue(Task *task)
{
    m_queue.append(task);
    pump();
}

void ImapSession::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while ((!m_active || m_active->isFinished()) && !m_queue.isEmpty()) {
        m_active = m_queue.takeFirst();
        if (!m_active)
            continue;
        if (m_state == State::Disconnected && !m_active->opensConnection()) {
            m_active->abort(Error(Error::Kind::Network,
                QStringLiteral("Not connected to %1; connect before running %2.").arg(m_options.host, m_active->name())));
            continue;
        }
        m_active->start(*this);
        if (m_active && m_active->isFinished())
            retireActive();
    }
    if (!m_active)
        m_timer->stop();
    m_pumping = false;
}

common::Result<QByteArray> ImapSession::sendCommand(const QByteArray &name, const QList<Argument> &args)
{
    if (!m_transport)
        return Error(Error::Kind::Network, QStringLiteral("Not connected to %1.").arg(m_options.host));
    const QByteArray tag = 'a' + QByteArray::number(++m_nextTag);
    auto encoded = m_encoder.encode(tag, name, args);
    if (!encoded.ok())
        return encoded.error();
    EncodedCommand command = std::move(encoded).value();
    logLine('C', command.logLine);
    m_transport->write(command.chunks.takeFirst());
    if (!command.chunks.isEmpty()) {
        m_pendingChunks = command.chunks;
        m_pendingChunksTag = tag;
    }
    restartTimer();
    return tag;
}

void ImapSession::sendLine(const QByteArray &line, const QByteArray &logForm)
{
    if (!m_transport)
        return;
    logLine('C', logForm);
    m_transport->write(line + "\r\n");
    restartTimer();
}

void ImapSession::openConnection()
{
    m_transport = m_transports();
    m_parser.reset();
    m_parser.setMaxMessageSize(m_options.maxMessageSize);
    m_capabilities.clear();
    m_discardUntilEncrypted = false;
    Transport *transport = m_transport.get();
    connect(transport, &Transport::connected, this, [this]() {
        if (m_active)
            m_active->onConnected();
        restartTimer();
    });
    connect(transport, &Transport::encrypted, this, [this]() {
        m_discardUntilEncrypted = false;
        if (m_active)
            m_active->onEncrypted();
        pump();
    });
    connect(transport, &Transport::bytesReceived, this, &ImapSession::onBytes);
    connect(transport, &Transport::disconnected, this, [this]() {
        if (m_state == State::LoggingOut) {
            if (m_active)
                m_active->onConnectionClosed();
            setState(State::Disconnected);
            pump();
            return;
        }
        onTransportFailed(
            Error(Error::Kind::Network, QStringLiteral("The connection to %1 was closed by the server.").arg(m_options.host)));
    });
    connect(transport, &Transport::failed, this, &ImapSession::onTransportFailed);
    setState(State::Connecting);
    m_timer->start(m_options.connectTimeoutMs);
    transport->connectToHost(m_options.host, m_options.port, m_options.security == Security::ImplicitTls);
}

void ImapSession::beginTls()
{
    m_discardUntilEncrypted = true;
    m_parser.reset();
    m_capabilities.clear();
    m_timer->start(m_options.connectTimeoutMs);
    m_transport->startTls();
}

void ImapSession::closeConnection()
{
    m_timer->stop();
    m_pendingChunks.clear();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->disconnectFromHost();
        // Deleted later: we may be inside one of its signals.
        m_transport.release()->deleteLater();
    }
    setState(State::Disconnected);
}

void ImapSession::restartTimer()
{
    if (m_state == State::Connecting || m_discardUntilEncrypted)
        return; // the connect timeout keeps running
    if (!m_active || m_active->isFinished())
        m_timer->stop();
    else if (m_active->waitsForServerSilently())
        m_timer->start(m_options.idleRestartMs);
    else
        m_timer->start(m_options.responseTimeoutMs);
}

void ImapSession::onBytes(const QByteArray &bytes)
{
    if (m_discardUntilEncrypted) {
        logger()->warn(
            "{}: dropped {} bytes the server sent between STARTTLS and the TLS handshake", m_options.name, bytes.size());
        return;
    }
    m_parser.feed(bytes);
    while (auto response = m_parser.next()) {
        dispatch(*response);
        if (m_discardUntilEncrypted || !m_transport)
            break;
    }
    pump();
    restartTimer();
}

void ImapSession::track(const Response &response)
{
    if (const auto *exists = std::get_if<ExistsResponse>(&response)) {
        emit existsChanged(exists->count);
    } else if (const auto *caps = std::get_if<CapabilityResponse>(&response)) {
        setCapabilities(caps->capabilities);
    } else if (const auto *state = std::get_if<StateResponse>(&response)) {
        if (state->code.kind == ResponseCode::Kind::Capability)
            setCapabilities(state->code.list);
        if (state->code.kind == ResponseCode::Kind::Alert)
            emit alert(QString::fromUtf8(state->text));
    }
}

void ImapSession::dispatch(const Response &response)
{
    // Summaries cost a little per message: only build them when someone reads them.
    if (logger()->should_log(spdlog::level::debug) || isSignalConnected(QMetaMethod::fromSignal(&ImapSession::protocolLine)))
        logLine('S', summary(response));
    track(response);
    if (std::holds_alternative<ContinuationResponse>(response) && !m_pendingChunks.isEmpty()) {
        const QByteArray chunk = m_pendingChunks.takeFirst();
        m_transport->write(chunk);
        return;
    }
    if (const auto *state = std::get_if<StateResponse>(&response)) {
        if (state->isTagged() && !wasIssued(state->tag)) {
            // Not a late answer to an old command: the server is not following the protocol,
            // and nothing it says on this connection can be trusted any more.
            const Error error(Error::Kind::Protocol,
                QStringLiteral("The server %1 answered a command that was never sent (tag %2); it does not speak IMAP "
                               "correctly, so the connection was closed.")
                    .arg(m_options.host, QString::fromLatin1(state->tag.left(40))));
            logger()->warn("{}: {}", m_options.name, error.message);
            failAll(error);
            closeConnection();
            emit connectionLost(error);
            return;
        }
        if (state->isTagged() && state->tag == m_pendingChunksTag)
            m_pendingChunks.clear(); // the server refused the literal
        if (state->status == Status::Bye && m_state != State::LoggingOut && !(m_active && m_active->expectsBye())) {
            const Error error(Error::Kind::Network,
                QStringLiteral("The server %1 closed the connection: %2").arg(m_options.host, QString::fromUtf8(state->text)));
            failAll(error);
            closeConnection();
            emit connectionLost(error);
            return;
        }
    }
    if (m_active && !m_active->isFinished())
        m_active->handle(response);
    else if (const auto *state = std::get_if<StateResponse>(&response); state && state->isTagged())
        logger()->warn("{}: response for unknown tag {}", m_options.name, state->tag);
    if (m_active && m_active->isFinished())
        retireActive();
}

bool ImapSession::wasIssued(const QByteArray &tag) const
{
    // Tags are "a1", "a2"... on every connection of this session.
    if (tag.size() < 2 || tag.at(0) != 'a')
        return false;
    bool ok = false;
    const int number = tag.mid(1).toInt(&ok);
    return ok && number >= 1 && number <= m_nextTag;
}

void ImapSession::retireActive()
{
    const Error error = m_active->error();
    const bool opener = m_active->opensConnection();
    m_active = nullptr;
    // A failed STARTTLS or greeting, or a server that stopped speaking IMAP, leaves nothing safe
    // to continue with (responses of the failed task may still be on their way).
    const bool unsafe = error.kind == Error::Kind::Tls || error.kind == Error::Kind::Protocol || opener;
    if (error.isError() && unsafe && m_transport) {
        closeConnection();
        failAll(Error(Error::Kind::Network, QStringLiteral("Not connected to %1: %2").arg(m_options.host, error.message)));
    }
}

void ImapSession::onTransportFailed(const Error &error)
{
    logger()->warn("{}: {}", m_options.name, error.toString());
    closeConnection();
    failAll(error);
    emit connectionLost(error);
}

void ImapSession::onTimeout()
{
    if (m_active && !m_active->isFinished() && m_active->waitsForServerSilently() && !m_discardUntilEncrypted) {
        m_active->onSilenceTimeout();
        restartTimer();
        return;
    }
    const QString running = m_active ? m_active->name() : QStringLiteral("the connection");
    const int ms
        = m_state == State::Connecting || m_discardUntilEncrypted ? m_options.connectTimeoutMs : m_options.responseTimeoutMs;
    const Error error(Error::Kind::Timeout,
        QStringLiteral("The server %1 did not answer within %2 seconds while running %3.")
            .arg(m_options.host)
            .arg(ms / 1000)
            .arg(running));
    logger()->warn("{}: {}", m_options.name, error.message);
    closeConnection();
    failAll(error);
    emit connectionLost(error);
}

void ImapSession::failAll(const Error &error)
{
    if (m_active && !m_active->isFinished())
        m_active->abort(error);
    m_active = nullptr;
    const auto queued = std::exchange(m_queue, {});
    for (const auto &task : queued) {
        if (task && !task->isFinished())
            task->abort(error);
    }
}

void ImapSession::cancelAll()
{
    failAll(Error(Error::Kind::Cancelled, QStringLiteral("Cancelled.")));
    closeConnection();
}

void ImapSession::logLine(char direction, const QByteArray &line)
{
    logger()->debug("{} {}: {}", m_options.name, direction, line);
    emit protocolLine(direction, line);
}

} // namespace soar::imap
