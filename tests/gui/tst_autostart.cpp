#include "AutostartEntry.h"
#include "WindowFixture.h"

#include <QAction>
#include <QFile>
#include <QTest>

using soar::ui::AutostartEntry;

class TestAutostart : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QVERIFY(AutostartEntry::path().startsWith(m_config.path()));
    }

    void writesAndRemovesTheXdgEntry()
    {
        QVERIFY(!AutostartEntry::isEnabled());
        QVERIFY(AutostartEntry::setEnabled(true, QStringLiteral("/opt/soar imap/bin/soar-imap")));
        QFile file(AutostartEntry::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray entry = file.readAll();
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("Exec=\"/opt/soar imap/bin/soar-imap\" --hidden\n"));
        QVERIFY(AutostartEntry::isEnabled());
        QVERIFY(AutostartEntry::setEnabled(false));
        QVERIFY(!AutostartEntry::isEnabled());
        QVERIFY(AutostartEntry::setEnabled(false)); // already off
    }

    void menuActionTogglesIt()
    {
        soar::test::gui::WindowFixture fixture;
        QVERIFY(fixture.writeSettings({}));
        soar::ui::MainWindow *window = fixture.open();
        auto *action = window->findChild<QAction *>(QStringLiteral("autostartAction"));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(AutostartEntry::isEnabled());
        action->trigger();
        QVERIFY(!AutostartEntry::isEnabled());
    }
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
