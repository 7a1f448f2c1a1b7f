#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// IDLE until stop() (sends DONE), or until the mailbox changes when stopOnChange is set.
// While idling the session does not apply its response timeout: silence is expected.
class IdleTask final : public Task {
    Q_OBJECT
public:
    explicit IdleTask(bool stopOnChange = true, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("IDLE"); }
    bool waitsForServerSilently() const override { return m_step == Step::Idling; }
    void onSilenceTimeout() override { stop(); }
    bool mailboxChanged() const { return m_changed; }
    void stop();

signals:
    void idling();

protected:
    void run() override;
    void onContinuation(const ContinuationResponse &response) override;
    void onUntagged(const Response &response) override;
    void onTaggedOk(const StateResponse &) override { succeed(); }

private:
    enum class Step { Starting, Idling, Done };
    bool m_stopOnChange;
    bool m_changed = false;
    bool m_stopRequested = false;
    Step m_step = Step::Starting;
};

} // namespace soar::imap
