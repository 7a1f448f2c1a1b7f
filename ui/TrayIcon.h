#pragma once

#include "ResourceState.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace soar::ui {

// The system tray entry: an icon showing the overall state, a menu (Open, Poll now, Pause all /
// Resume all, Recent notifications, Quit) and rate-limited notifications. It only emits
// signals; the owner acts.
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
    void setPaused(bool paused);

    // At most one notification per kind (info / error) per 30 seconds; what is held back
    // is counted and mentioned in the next one. What is shown also goes to the menu's Recent
    // notifications (bubbles vanish; the analyst may have been away).
    void notify(const QString &title, const QString &text, bool isError);

signals:
    void openRequested();
    void pollNowRequested();
    void pauseAllRequested();
    void resumeAllRequested();
    void quitRequested();

private:
    void remember(const QString &title, const QString &text, bool isError);

    struct Limiter {
        qint64 lastShown = -1;
        int heldBack = 0;
    };

    Clock m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_pause = nullptr;
    QMenu *m_recent = nullptr;
    bool m_paused = false;
    static constexpr qint64 kMinimumInterval = 30000;
    static constexpr int kRecentKept = 10;
    Limiter m_info;
    Limiter m_error;
};

} // namespace soar::ui
