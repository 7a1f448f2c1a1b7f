#include "TrayIcon.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTime>

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
    m_recent = m_menu->addMenu(tr("Recent &notifications"));
    m_recent->setObjectName(QStringLiteral("trayRecent"));
    m_recent->setEnabled(false); // until there is one
    m_recent->setToolTipsVisible(true); // an entry's whole text
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

void TrayIcon::notify(const QString &title, const QString &text, bool isError)
{
    Limiter &limiter = isError ? m_error : m_info;
    const qint64 now = m_clock();
    if (limiter.lastShown >= 0 && now - limiter.lastShown < kMinimumInterval) {
        ++limiter.heldBack;
        return;
    }
    QString body = text;
    if (limiter.heldBack > 0)
        body += QLatin1Char('\n') + tr("(%n more not shown)", nullptr, limiter.heldBack);
    limiter.lastShown = now;
    limiter.heldBack = 0;
    if (m_tray->isVisible())
        m_tray->showMessage(title, body, isError ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    remember(title, body, isError);
}

void TrayIcon::remember(const QString &title, const QString &text, bool isError)
{
    // Newest first; the first line in the menu, all of it in the tooltip. Choosing one opens
    // the window, where the status bar and the live log have the details.
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    auto *entry = new QAction(
        QStringLiteral("%1  %2: %3").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), title, firstLine), m_recent);
    entry->setToolTip(text);
    if (isError)
        entry->setIcon(ResourceStateIcons::tray(ResourceState::Error));
    connect(entry, &QAction::triggered, this, &TrayIcon::openRequested);
    const QList<QAction *> entries = m_recent->actions();
    m_recent->insertAction(entries.isEmpty() ? nullptr : entries.first(), entry);
    m_recent->setEnabled(true);
    while (m_recent->actions().size() > kRecentKept)
        delete m_recent->actions().last();
}

} // namespace soar::ui
