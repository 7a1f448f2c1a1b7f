#include "daemon/IncomingMailDaemon.h"

#include "common/Logging.h"
#include "daemon/ResourceMapping.h"
#include "daemon/SessionFactory.h"
#include "imap/ImapSession.h"
#include "imap/SessionOpener.h"
#include "imap/tasks/IdleTask.h"
#include "imap/tasks/LogoutTask.h"
#include "oauth/TokenProvider.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <utility>

namespace soar::daemon {

using common::Error;

namespace {
std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("daemon");
}

// Errors that another attempt in a minute will not fix without the user.
bool needsUser(const Error &error)
{
    return error.kind == Error::Kind::Auth || error.kind == Error::Kind::Config || error.kind == Error::Kind::Tls;
}
} // namespace

IncomingMailDaemon::IncomingMailDaemon(settings::ResourceSettings resource, settings::SecretResolver *secrets,
    store::MailStore *store, Options options, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets), m_store(store), m_options(options)
{
    m_pollTimer.setSingleShot(true);
    m_idleRenewTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &IncomingMailDaemon::runCycle);
    connect(&m_backoffTimer, &QTimer::timeout, this, &IncomingMailDaemon::connectSession);
    connect(&m_idleRenewTimer, &QTimer::timeout, this, [this] {
        m_idleCheckDue = m_idleBoundIsPoll;
        if (m_idle)
            m_idle->stop(); // finishing without a change re-issues IDLE, or checks first
    });
    if (m_resource.imap.auth == settings::ImapAuth::OAuth2) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<oauth::TokenProvider>(m_resource, m_secrets, m_network.get());
    }
}

IncomingMailDaemon::~IncomingMailDaemon()
{
    m_opener.reset();
    m_cycle.reset();
    m_idle.reset();
    m_session.reset();
}

void IncomingMailDaemon::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void IncomingMailDaemon::start()
{
    m_stopRequested = false;
    if (m_havePassword || m_tokens) { // OAuth asks for a token on every connection instead
        connectSession();
        return;
    }
    setState(State::Connecting);
    m_secrets->resolve(m_resource, settings::SecretResolver::Secret::ImapPassword, [this](const common::Result<QString> &secret) {
        if (!secret.ok()) {
            Error error = secret.error();
            error.message = QStringLiteral("No IMAP password for %1: %2").arg(m_resource.name, error.message);
            m_lastError = error;
            log()->error("[{}] {}", m_resource.name, error.toString());
            finishStop();
            return;
        }
        m_password = secret.value();
        m_havePassword = true;
        connectSession();
    });
}

void IncomingMailDaemon::connectSession()
{
    if (m_stopRequested) {
        finishStop();
        return;
    }
    dropSession();
    setState(State::Connecting);
    if (!m_tokens) {
        openSession(m_password, QString());
        return;
    }
    m_tokens->accessToken([this](const common::Result<oauth::AccessToken> &token) {
        if (m_stopRequested) {
            finishStop();
            return;
        }
        if (!token.ok()) {
            if (token.error().kind == Error::Kind::Auth)
                pauseForSignIn(token.error());
            else
                onFailure(token.error());
            return;
        }
        openSession(token.value().token, token.value().account);
    });
}

void IncomingMailDaemon::openSession(const QString &secret, const QString &oauthAccount)
{
    m_session = SessionFactory::create(ResourceMapping::sessionOptions(m_resource));
    connect(m_session.get(), &imap::ImapSession::alert, this, [this](const QString &text) {
        // RFC 3501 7.1: the text of an ALERT must be presented to the user, whenever it comes.
        log()->warn("[{}] alert from the server {}: {}", m_resource.name, m_resource.imap.host, text);
        emit serverAlert(text);
    });
    connect(m_session.get(), &imap::ImapSession::connectionLost, this, [this](const Error &error) {
        // While a cycle or IDLE runs, their task reports the loss; otherwise react here.
        if (!m_cycle && !m_idle && !m_opener && m_state == State::Waiting)
            onFailure(error);
    });
    // A mail that arrives while a SEARCH runs may be announced (EXISTS) only at its end, after
    // the search missed it: run again right after this cycle instead of waiting for the next
    // poll (IDLE would not announce it a second time).
    connect(m_session.get(), &imap::ImapSession::existsChanged, this, [this] {
        if (m_cycle)
            m_pollRequested = true;
    });
    // A run that changes no flag opens the folder with EXAMINE: a server that keeps mbox files
    // (imap4d, UW) rewrites the file on SELECT (Status headers, \Recent) even when nothing is flagged.
    const bool readOnly = m_options.dryRun || !m_resource.fetch.markSeen;
    m_opener = std::make_unique<imap::SessionOpener>(
        *m_session, ResourceMapping::credentials(m_resource, secret, oauthAccount), m_resource.imap.folder, readOnly);
    connect(m_opener.get(), &imap::SessionOpener::finished, this, &IncomingMailDaemon::onOpened);
    log()->info("[{}] connecting to {}:{}", m_resource.name, m_resource.imap.host, m_resource.imap.port);
    m_opener->start();
}

void IncomingMailDaemon::onOpened(const Error &error)
{
    // A throttled AUTHENTICATE is not a rejected token or password: wait, do not sign in again.
    const bool throttled = ServerPushback::of(error).kind == ServerPushback::Kind::Throttled;
    if (error && error.kind == Error::Kind::Auth && m_tokens && !throttled) {
        if (m_tokenRetried) {
            pauseForSignIn(error);
            return;
        }
        // The token may have been revoked or expired early: one fresh token, at once.
        log()->info("[{}] the server rejected the OAuth access token; fetching a new one", m_resource.name);
        m_tokenRetried = true;
        m_tokens->invalidate();
        connectSession();
        return;
    }
    if (error) {
        onFailure(error);
        return;
    }
    m_tokenRetried = false;
    log()->info("[{}] {} selected: {} mails, UIDVALIDITY {}", m_resource.name, m_resource.imap.folder, m_opener->mailbox().exists,
        m_opener->mailbox().uidValidity);
    runCycle();
}

bool IncomingMailDaemon::sessionUsable() const
{
    return m_session && m_opener && m_session->state() == imap::ImapSession::State::Selected;
}

void IncomingMailDaemon::runCycle()
{
    m_pollTimer.stop();
    if (m_stopRequested) {
        finishStop();
        return;
    }
    if (m_cycle)
        return;
    if (m_paused) {
        setState(State::Paused);
        return;
    }
    if (!sessionUsable()) {
        connectSession();
        return;
    }
    const auto checkpoint = m_store->checkpoint(m_resource.name, m_resource.imap.folder);
    if (!checkpoint.ok()) {
        onFailure(checkpoint.error());
        return;
    }
    const auto plan = ResourceMapping::plan(m_resource, checkpoint.value());
    if (!plan.ok()) {
        m_lastError = plan.error();
        finishStop();
        return;
    }
    setState(State::Fetching);
    FetchCycle::Options cycleOptions = m_options.cycle;
    cycleOptions.dryRun = m_options.dryRun;
    cycleOptions.markSeen = m_resource.fetch.markSeen;
    cycleOptions.queueForSoar = m_resource.soar.createsIncidents();
    m_cycle = std::make_unique<FetchCycle>(*m_session, m_opener->mailbox(), m_resource.name, plan.value(), m_store, cycleOptions);
    connect(m_cycle.get(), &FetchCycle::mailStored, this, [this](const QString &mailId) { emit mailStored(mailId); });
    connect(m_cycle.get(), &FetchCycle::finished, this, &IncomingMailDaemon::onCycleFinished);
    m_cycle->start();
}

void IncomingMailDaemon::onCycleFinished(const Error &error)
{
    m_lastRun = m_cycle->record();
    m_lastMails = m_cycle->mails();
    m_cycle.release()->deleteLater(); // we are inside its finished() signal
    emit runFinished(m_lastRun);
    if (error) {
        onFailure(error);
        return;
    }
    m_failures = 0;
    m_throttled = 0;
    m_lastError = {};
    if (m_options.once || m_stopRequested) {
        finishStop();
        return;
    }
    if (m_paused) {
        setState(State::Paused);
        return;
    }
    waitForMail();
}

void IncomingMailDaemon::waitForMail()
{
    if (m_pollRequested) {
        m_pollRequested = false;
        runCycle();
        return;
    }
    if (m_resource.fetch.idle && m_session->hasCapability("IDLE")) {
        startIdle();
        return;
    }
    setState(State::Waiting);
    m_pollTimer.start(m_resource.fetch.pollSeconds * 1000);
}

void IncomingMailDaemon::startIdle()
{
    m_idle = std::make_unique<imap::IdleTask>(true);
    // "Idling" (shown in the tray and the resource list) once the server has said so: new mail
    // is announced from then on.
    connect(m_idle.get(), &imap::IdleTask::idling, this, [this] {
        if (!m_paused)
            setState(State::Idling);
    });
    connect(m_idle.get(), &imap::Task::finished, this, [this](const Error &error) {
        m_idleRenewTimer.stop();
        const bool changed = m_idle->mailboxChanged();
        m_idle.release()->deleteLater();
        if (error) {
            onFailure(error);
            return;
        }
        if (m_stopRequested) {
            finishStop();
            return;
        }
        if (m_paused) {
            setState(State::Paused);
            return;
        }
        const bool checkDue = std::exchange(m_idleCheckDue, false);
        if (changed || m_pollRequested || checkDue) {
            m_pollRequested = false;
            runCycle();
        } else {
            startIdle(); // renewal
        }
    });
    // The poll interval bounds IDLE too: some servers never announce new mail while idling
    // (GNU Mailutils), others only after a minute (Courier, UW). At each interval IDLE ends, a
    // cycle searches the folder, and IDLE resumes, so a mail waits at most one interval.
    const qint64 pollMs = qint64(m_resource.fetch.pollSeconds) * 1000;
    m_idleBoundIsPoll = pollMs <= m_options.idleRenewMs;
    m_idleCheckDue = false;
    m_idleRenewTimer.start(int(std::min<qint64>(pollMs, m_options.idleRenewMs)));
    m_session->enqueue(m_idle.get());
}

bool IncomingMailDaemon::renewExpiredToken(const Error &error)
{
    if (!m_tokens || m_tokenRetried || m_options.once || m_stopRequested)
        return false;
    // Exchange Online ends a session whose access token expired ("BYE Session invalidated -
    // AccessTokenExpired"): a new token, at once, and nobody needs to know beyond the log.
    log()->info("[{}] {}; fetching a new access token and reconnecting", m_resource.name, error.message);
    m_tokenRetried = true;
    m_tokens->invalidate();
    dropSession();
    setState(State::Connecting);
    m_backoffTimer.start(0);
    return true;
}

void IncomingMailDaemon::onFailure(const Error &error)
{
    const ServerPushback pushback = ServerPushback::of(error);
    if (pushback.kind == ServerPushback::Kind::TokenExpired && renewExpiredToken(error))
        return;
    m_lastError = error;
    ++m_failures;
    log()->warn("[{}] {}", m_resource.name, error.toString());
    dropSession();
    if (m_options.once || m_stopRequested) {
        finishStop();
        return;
    }
    scheduleReconnect(pushback);
}

void IncomingMailDaemon::pauseForSignIn(const Error &error)
{
    m_tokenRetried = false;
    m_tokens->invalidate();
    m_lastError = error;
    m_lastError.message
        += QStringLiteral(" %1 is paused until you sign in again (resource form, Sign in) and resume it.").arg(m_resource.name);
    ++m_failures;
    log()->warn("[{}] {}", m_resource.name, m_lastError.toString());
    dropSession();
    if (m_options.once || m_stopRequested) {
        finishStop();
        return;
    }
    pause();
}

void IncomingMailDaemon::scheduleReconnect(const ServerPushback &pushback)
{
    int ms = 0;
    if (pushback.kind == ServerPushback::Kind::Throttled) {
        // Coming back early only extends the throttling: never sooner than the server asked, and
        // without a suggestion a minute at least, doubling while it lasts. Jitter only adds.
        ++m_throttled;
        qint64 delay = pushback.suggestedDelayMs > 0 ? pushback.suggestedDelayMs
                                                     : qint64(m_options.throttleBackoffMs) << std::min(m_throttled - 1, 10);
        delay = std::min<qint64>(delay, m_options.maxThrottleBackoffMs);
        ms = int(double(delay) * (1.0 + 0.2 * QRandomGenerator::global()->generateDouble()));
        log()->warn("[{}] the server is throttling this mailbox; reconnecting in {} s", m_resource.name, ms / 1000.0);
    } else {
        // Exponential backoff with +-20% jitter; problems that need the user wait the longest.
        qint64 delay = needsUser(m_lastError) ? m_options.maxBackoffMs
                                              : qint64(m_options.initialBackoffMs) << std::min(m_failures - 1, 20);
        delay = std::min<qint64>(delay, m_options.maxBackoffMs);
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        ms = int(double(delay) * jitter);
        log()->info("[{}] reconnecting in {} s", m_resource.name, ms / 1000.0);
    }
    setState(State::Backoff);
    m_backoffTimer.start(ms);
}

void IncomingMailDaemon::dropSession()
{
    m_idleRenewTimer.stop();
    if (m_idle)
        m_idle.release()->deleteLater();
    if (m_opener)
        m_opener.release()->deleteLater();
    if (m_session) {
        m_session->cancelAll();
        m_session.release()->deleteLater();
    }
}

void IncomingMailDaemon::stop()
{
    m_stopRequested = true;
    m_pollTimer.stop();
    m_backoffTimer.stop();
    if (m_cycle) {
        m_cycle->requestStop(); // finishes the current mail; onCycleFinished() ends the stop
        return;
    }
    if (m_idle) {
        m_idle->stop();
        return;
    }
    if (m_opener && m_state == State::Connecting) {
        dropSession();
    }
    finishStop();
}

void IncomingMailDaemon::finishStop()
{
    if (m_state == State::Stopped && !m_session)
        return;
    m_pollTimer.stop();
    m_backoffTimer.stop();
    if (sessionUsable() || (m_session && m_session->state() == imap::ImapSession::State::Authenticated)) {
        auto *logout = new imap::LogoutTask(m_session.get());
        connect(logout, &imap::Task::finished, this, [this] {
            dropSession();
            setState(State::Stopped);
            emit stopped();
        });
        m_session->enqueue(logout);
        return;
    }
    dropSession();
    setState(State::Stopped);
    emit stopped();
}

void IncomingMailDaemon::pause()
{
    if (m_state == State::Stopped)
        return;
    m_paused = true;
    m_pollTimer.stop();
    m_backoffTimer.stop();
    if (m_idle)
        m_idle->stop();
    if (m_cycle)
        m_cycle->requestStop();
    setState(State::Paused);
    log()->info("[{}] paused", m_resource.name);
}

void IncomingMailDaemon::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    log()->info("[{}] resumed", m_resource.name);
    // Work that was still winding down when the pause came carries on by itself.
    if (m_cycle) {
        setState(State::Fetching);
        return;
    }
    if (m_idle) {
        setState(State::Idling);
        return;
    }
    if (m_opener && m_session && m_session->state() != imap::ImapSession::State::Selected) {
        setState(State::Connecting);
        return;
    }
    setState(State::Waiting);
    runCycle();
}

void IncomingMailDaemon::pollNow()
{
    if (m_state == State::Idling && m_idle) {
        m_pollRequested = true;
        m_idle->stop();
    } else if (m_state == State::Waiting || m_state == State::Backoff) {
        m_backoffTimer.stop();
        runCycle();
    } else {
        m_pollRequested = true;
    }
}

} // namespace soar::daemon
