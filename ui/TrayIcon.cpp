#include "TrayIcon.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QSystemTrayIcon>

namespace soar::ui {

namespace {
TrayIcon::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
} // namespace

TrayIcon::TrayIcon(QObject *parent, Clock clock) : QObject(parent), m_clock(clock ? std::move(clock) : steadyClock())
{
    setObjectName(QStringLiteral("trayIcon"));
    // QMenu has no parent QWidget here; it is deleted in the destructor.
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(tr("&Open soar-imap"), this, &TrayIcon::openRequested)->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addAction(tr("&Poll now"), this, &TrayIcon::pollNowRequested)->setObjectName(QStringLiteral("trayPollNow"));
    m_pause = m_menu->addAction(tr("P&ause all"));
    m_pause->setObjectName(QStringLiteral("trayPauseAll"));
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_paused)
            emit resumeAllRequested();
        else
            emit pauseAllRequested();
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested)->setObjectName(QStringLiteral("trayQuit"));

    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    setOverallState(ResourceState::Unknown);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setOverallState(ResourceState state, const QString &summary)
{
    m_tray->setIcon(ResourceStateIcons::tray(state));
    QString tip = tr("soar-imap: %1").arg(ResourceStateIcons::label(state));
    if (!summary.isEmpty())
        tip += QLatin1Char('\n') + summary;
    m_tray->setToolTip(tip);
}

void TrayIcon::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setText(paused ? tr("&Resume all") : tr("P&ause all"));
}

bool TrayIcon::notify(const QString &title, const QString &text, bool isError)
{
    Limiter &limiter = isError ? m_error : m_info;
    const qint64 now = m_clock();
    if (limiter.lastShown >= 0 && now - limiter.lastShown < kMinimumInterval) {
        ++limiter.heldBack;
        return false;
    }
    QString body = text;
    if (limiter.heldBack > 0)
        body += QLatin1Char('\n') + tr("(%n more not shown)", nullptr, limiter.heldBack);
    limiter.lastShown = now;
    limiter.heldBack = 0;
    if (m_tray->isVisible())
        m_tray->showMessage(title, body, isError ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    emit notified(title, body, isError);
    return true;
}

} // namespace soar::ui
