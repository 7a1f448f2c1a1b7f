// The tray: its menu asks through signals, its icon shows the overall state, and notifications
// are rate-limited.
#include "GuiHelpers.h"
#include "TrayIcon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace soar;
using soar::test::gui::recentNotifications;
using soar::test::gui::systemTray;
using soar::test::gui::trayAction;

class TestTrayIcon : public QObject {
    Q_OBJECT
private slots:
    void menuActionsEmitSignals_data();
    void menuActionsEmitSignals();
    void pauseToggleFollowsState();
    void iconAndToolTipFollowOverallState();
    void notificationsAreRateLimitedPerKind();
    void recentNotificationsKeepTheLastTen();
    void overallStateRanksErrorsFirst_data();
    void overallStateRanksErrorsFirst();
};

void TestTrayIcon::menuActionsEmitSignals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("open") << "trayOpen" << QByteArray(SIGNAL(openRequested()));
    QTest::newRow("poll now") << "trayPollNow" << QByteArray(SIGNAL(pollNowRequested()));
    QTest::newRow("pause all") << "trayPauseAll" << QByteArray(SIGNAL(pauseAllRequested()));
    QTest::newRow("quit") << "trayQuit" << QByteArray(SIGNAL(quitRequested()));
}

void TestTrayIcon::menuActionsEmitSignals()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, signal);
    ui::TrayIcon tray;
    QSignalSpy spy(&tray, signal.constData());
    QSignalSpy anyOther(&tray, &ui::TrayIcon::resumeAllRequested);
    QAction *item = trayAction(&tray, action);
    QVERIFY(item);
    QVERIFY(systemTray(&tray)->contextMenu()->actions().contains(item));
    item->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(anyOther.count(), 0);
}

void TestTrayIcon::pauseToggleFollowsState()
{
    ui::TrayIcon tray;
    QSignalSpy pause(&tray, &ui::TrayIcon::pauseAllRequested);
    QSignalSpy resume(&tray, &ui::TrayIcon::resumeAllRequested);
    QAction *pauseAll = trayAction(&tray, QStringLiteral("trayPauseAll"));
    QVERIFY(pauseAll);
    QCOMPARE(pauseAll->text(), QStringLiteral("P&ause all"));
    tray.setPaused(true);
    QCOMPARE(pauseAll->text(), QStringLiteral("&Resume all"));
    pauseAll->trigger();
    QCOMPARE(resume.count(), 1);
    QCOMPARE(pause.count(), 0);
    tray.setPaused(false);
    pauseAll->trigger();
    QCOMPARE(pause.count(), 1);
}

void TestTrayIcon::iconAndToolTipFollowOverallState()
{
    ui::TrayIcon tray;
    tray.setOverallState(ui::ResourceState::Error, QStringLiteral("soc-inbox: login failed"));
    QSystemTrayIcon *icon = systemTray(&tray);
    QVERIFY(icon);
    QCOMPARE(icon->toolTip(), QStringLiteral("soar-imap: Error\nsoc-inbox: login failed"));
    const QImage shown = icon->icon().pixmap(32).toImage();
    const QImage error = ui::ResourceStateIcons::tray(ui::ResourceState::Error).pixmap(32).toImage();
    const QImage ok = ui::ResourceStateIcons::tray(ui::ResourceState::Ok).pixmap(32).toImage();
    QVERIFY(!error.isNull());
    QVERIFY(error != ok);
    QCOMPARE(shown, error);
}

void TestTrayIcon::notificationsAreRateLimitedPerKind()
{
    qint64 now = 1000;
    ui::TrayIcon tray(nullptr, [&now] { return now; });
    QVERIFY(recentNotifications(&tray).isEmpty());
    QVERIFY(!systemTray(&tray)->contextMenu()->findChild<QMenu *>(QStringLiteral("trayRecent"))->isEnabled());

    // The limit is 30 seconds a kind.
    tray.notify(QStringLiteral("New mail"), QStringLiteral("3 new mails"), false);
    tray.notify(QStringLiteral("New mail"), QStringLiteral("1 new mail"), false);
    tray.notify(QStringLiteral("New mail"), QStringLiteral("2 new mails"), false);
    // Errors have their own budget: a burst of new-mail notices cannot hide a failure.
    tray.notify(QStringLiteral("soc-inbox"), QStringLiteral("login failed"), true);
    QList<QAction *> shown = recentNotifications(&tray);
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(0)->text().endsWith(QLatin1String("  soc-inbox: login failed")), qPrintable(shown.at(0)->text()));
    QVERIFY2(shown.at(1)->text().endsWith(QLatin1String("  New mail: 3 new mails")), qPrintable(shown.at(1)->text()));
    QVERIFY(!shown.at(0)->icon().isNull()); // errors stand out
    QVERIFY(shown.at(1)->icon().isNull());

    now += 30000;
    tray.notify(QStringLiteral("New mail"), QStringLiteral("1 new mail"), false);
    shown = recentNotifications(&tray);
    QCOMPARE(shown.size(), 3);
    QVERIFY(shown.first()->text().endsWith(QLatin1String("  New mail: 1 new mail")));
    QCOMPARE(shown.first()->toolTip(), QStringLiteral("1 new mail\n(2 more not shown)"));

    // Choosing one opens the window.
    QSignalSpy open(&tray, &ui::TrayIcon::openRequested);
    shown.first()->trigger();
    QCOMPARE(open.count(), 1);
}

void TestTrayIcon::recentNotificationsKeepTheLastTen()
{
    qint64 now = 0;
    ui::TrayIcon tray(nullptr, [&now] { return now; });
    for (int i = 1; i <= 12; ++i, now += 30000)
        tray.notify(QStringLiteral("soc-inbox"), QStringLiteral("failure %1").arg(i), true);
    const QList<QAction *> shown = recentNotifications(&tray);
    QCOMPARE(shown.size(), 10);
    QVERIFY(shown.first()->text().endsWith(QLatin1String("failure 12")));
    QVERIFY(shown.last()->text().endsWith(QLatin1String("failure 3")));
}

void TestTrayIcon::overallStateRanksErrorsFirst_data()
{
    using S = ui::ResourceState;
    QTest::addColumn<QList<S>>("states");
    QTest::addColumn<S>("expected");
    QTest::newRow("none") << QList<S> {} << S::Unknown;
    QTest::newRow("error wins") << QList<S> {S::Ok, S::Running, S::Error} << S::Error;
    QTest::newRow("running over ok") << QList<S> {S::Ok, S::Running, S::Paused} << S::Running;
    QTest::newRow("ok with a paused one") << QList<S> {S::Ok, S::Paused} << S::Ok;
    QTest::newRow("all paused") << QList<S> {S::Paused, S::Paused} << S::Paused;
}

void TestTrayIcon::overallStateRanksErrorsFirst()
{
    QFETCH(QList<ui::ResourceState>, states);
    QFETCH(ui::ResourceState, expected);
    QCOMPARE(ui::ResourceStateIcons::overall(states), expected);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
