#pragma once

#include <QObject>

class QSocketNotifier;

namespace soar::daemon {

// Turns SIGTERM / SIGINT / SIGHUP into a Qt signal on the event loop (self-pipe), so soar-imapd
// and the desktop app can stop gracefully: finish the mail in progress, save the checkpoint, log
// out. A desktop logout sends SIGTERM (or SIGHUP when the terminal that started it closes).
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminateRequested(int signalNumber);

private:
    static void handler(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace soar::daemon
