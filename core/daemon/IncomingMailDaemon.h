#pragma once

#include "common/Error.h"
#include "daemon/FetchCycle.h"
#include "daemon/ServerPushback.h"
#include "settings/ResourceSettings.h"
#include "store/RunRecord.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace soar::imap {
class ImapSession;
class IdleTask;
class SessionOpener;
} // namespace soar::imap
namespace soar::settings {
class SecretResolver;
}
namespace soar::oauth {
class TokenProvider;
}
class QNetworkAccessManager;

namespace soar::daemon {

// The Incoming Mail Daemon of one resource: connects, runs fetch cycles, then waits for new
// mail with IDLE when the server offers it (renewed before the 29-minute limit; ended at every
// poll interval for a cycle, as some servers never report new mail while idling) or polls, and
// reconnects with exponential backoff and jitter after a failure; longer, or as long as the server
// asks, when it is throttling. Never runs two cycles at once, never has two connections open.
// With OAuth it logs in with a fresh access token; when the server rejects it, it fetches a new
// one once, then pauses with a "sign in again" error (retrying cannot help).
class IncomingMailDaemon : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Fetching, Idling, Waiting, Backoff, Paused };
    Q_ENUM(State)

    struct Options {
        bool once = false; // one cycle, then stop (soar-imapd once)
        bool dryRun = false; // Test Action: nothing stored or flagged
        int idleRenewMs = 25 * 60 * 1000; // RFC 2177: servers may drop IDLE after 30 minutes
        int initialBackoffMs = 1000;
        int maxBackoffMs = 5 * 60 * 1000;
        // A throttling answer (Exchange: "Request is throttled", "Server Unavailable. 15") waits
        // at least this long, doubling while it lasts, or as long as the server suggests.
        int throttleBackoffMs = 60 * 1000;
        int maxThrottleBackoffMs = 60 * 60 * 1000;
        FetchCycle::Options cycle;
    };

    IncomingMailDaemon(settings::ResourceSettings resource, settings::SecretResolver *secrets, store::MailStore *store,
        Options options, QObject *parent = nullptr);
    ~IncomingMailDaemon() override;

    void start();
    // Finishes the mail in progress, saves the checkpoint, logs out; then stopped().
    void stop();
    void pause();
    void resume();
    void pollNow();

    State state() const { return m_state; }
    const QString &name() const { return m_resource.name; }
    const common::Error &lastError() const { return m_lastError; }
    const store::RunRecord &lastRun() const { return m_lastRun; }
    // The mails of the last finished cycle (stored ones carry their mail id).
    const QList<FetchCycle::FetchedMail> &lastMails() const { return m_lastMails; }

signals:
    void stateChanged(soar::daemon::IncomingMailDaemon::State state);
    void mailStored(const QString &mailId);
    void runFinished(const soar::store::RunRecord &run);
    // An [ALERT] from the server (RFC 3501 7.1: it must be shown to the user), at any time.
    void serverAlert(const QString &text);
    void stopped();

private:
    void setState(State state);
    void connectSession();
    void openSession(const QString &secret, const QString &oauthAccount);
    void pauseForSignIn(const common::Error &error);
    void onOpened(const common::Error &error);
    void runCycle();
    void onCycleFinished(const common::Error &error);
    void waitForMail();
    void startIdle();
    void onFailure(const common::Error &error);
    void scheduleReconnect(const ServerPushback &pushback);
    bool renewExpiredToken(const common::Error &error);
    void dropSession();
    void finishStop();
    bool sessionUsable() const;

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    store::MailStore *m_store;
    Options m_options;

    State m_state = State::Stopped;
    QString m_password;
    bool m_havePassword = false;
    std::unique_ptr<QNetworkAccessManager> m_network; // OAuth only
    std::unique_ptr<oauth::TokenProvider> m_tokens; // OAuth only
    bool m_tokenRetried = false; // one fresh token after a rejected login, then pause
    std::unique_ptr<imap::ImapSession> m_session;
    std::unique_ptr<imap::SessionOpener> m_opener;
    std::unique_ptr<FetchCycle> m_cycle;
    std::unique_ptr<imap::IdleTask> m_idle;
    QTimer m_pollTimer;
    QTimer m_idleRenewTimer;
    QTimer m_backoffTimer;
    int m_failures = 0;
    int m_throttled = 0; // throttling answers in a row
    bool m_stopRequested = false;
    bool m_paused = false; // kept apart from the state: a pause may arrive while connecting
    bool m_pollRequested = false;
    bool m_idleBoundIsPoll = false; // the IDLE timer is the poll interval, not the 25-minute renewal
    bool m_idleCheckDue = false; // the poll interval ended IDLE: search the folder before idling again
    common::Error m_lastError;
    store::RunRecord m_lastRun;
    QList<FetchCycle::FetchedMail> m_lastMails;
};

} // namespace soar::daemon
