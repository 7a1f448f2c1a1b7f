#pragma once

#include "ResourceState.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace soar::ui {

// The system tray entry: an icon showing the overall state, a menu (Open, Poll now, Pause all /
// Resume all, Quit) and rate-limited notifications. It only emits signals; the owner acts.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic enough for rate limiting

    explicit TrayIcon(QObject *parent = nullptr, Clock clock = {});
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    bool isVisible() const;

    void setOverallState(ResourceState state, const QString &summary = {});
    ResourceState overallState() const { return m_state; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // At most one notification per kind (info / error) per minimumInterval; what is held back
    // is counted and mentioned in the next one. Returns whether it was shown now.
    bool notify(const QString &title, const QString &text, bool isError);
    void setMinimumInterval(qint64 ms) { m_minimumInterval = ms; }

    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *pollAction() const { return m_poll; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }
    QString toolTip() const;

signals:
    void openRequested();
    void pollNowRequested();
    void pauseAllRequested();
    void resumeAllRequested();
    void quitRequested();
    // Every notification actually shown (the tray may be unavailable, e.g. in tests).
    void notified(const QString &title, const QString &text, bool isError);

private:
    struct Limiter {
        qint64 lastShown = -1;
        int heldBack = 0;
    };

    Clock m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_poll = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    ResourceState m_state = ResourceState::Unknown;
    bool m_paused = false;
    qint64 m_minimumInterval = 30000;
    Limiter m_info;
    Limiter m_error;
};

} // namespace soar::ui
