#include "MainWindow.h"

#include <QListWidget>
#include <QTabWidget>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsMainWindow()
    {
        soar::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("soar-imap"));
        QVERIFY(window.findChild<QListWidget *>(QStringLiteral("resourceList")));
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QVERIFY(pages->count() >= 1);
        QVERIFY(!window.grab().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
