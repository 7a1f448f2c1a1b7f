// The live log: a model over the ring buffer, its filter proxy and the view's copy/pause.
#include "GuiHelpers.h"
#include "LogFilterProxy.h"
#include "LogModel.h"
#include "LogView.h"
#include "common/LogRingBuffer.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace soar;
using namespace soar::test::gui;
using common::LogRecord;

namespace {

LogRecord record(spdlog::level::level_enum level, const QString &resource, const QString &message)
{
    LogRecord r;
    r.time = QDateTime(QDate(2026, 1, 2), QTime(10, 11, 12, 345));
    r.level = level;
    r.module = QStringLiteral("imap");
    r.resource = resource;
    r.message = message;
    return r;
}

} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private slots:
    void passesModelTesterWhileRecordsArrive();
    void showsRecordsAppendedToTheBuffer();
    void staysBoundedDroppingOldest();
    void proxyFiltersByLevelAndSearch_data();
    void proxyFiltersByLevelAndSearch();
    void viewCopiesSelectedLines();
    void viewLevelComboAndSearchDriveProxy();
    void pauseAutoscrollKeepsPosition();
};

void TestLogModel::passesModelTesterWhileRecordsArrive()
{
    common::LogRingBuffer buffer(50);
    ui::LogModel model(&buffer, 20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setMinimumLevel(spdlog::level::warn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 60; ++i)
        buffer.append(record(i % 3 ? spdlog::level::info : spdlog::level::err, QStringLiteral("r"), QString::number(i)));
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(model.data(model.index(19, ui::LogModel::MessageColumn)).toString(), QStringLiteral("59"));
    QCOMPARE(proxy.rowCount(), 6); // errors among 40..59: 42, 45, 48, 51, 54, 57
}

void TestLogModel::showsRecordsAppendedToTheBuffer()
{
    common::LogRingBuffer buffer(100);
    buffer.append(record(spdlog::level::info, QString(), QStringLiteral("before the model")));
    ui::LogModel model(&buffer);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    buffer.append(record(spdlog::level::warn, QStringLiteral("soc-inbox"), QStringLiteral("server is slow")));
    buffer.append(record(spdlog::level::err, QStringLiteral("soc-inbox"), QStringLiteral("login failed")));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1); // the burst arrives as one coalesced insert
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(ui::LogModel::LevelColumn, Qt::Horizontal).toString(), QStringLiteral("Level"));
    QCOMPARE(model.data(model.index(2, ui::LogModel::LevelColumn)).toString(), QStringLiteral("Error"));
    QCOMPARE(model.data(model.index(2, ui::LogModel::ResourceColumn)).toString(), QStringLiteral("soc-inbox"));
    QCOMPARE(model.data(model.index(2, ui::LogModel::MessageColumn)).toString(), QStringLiteral("login failed"));
    QVERIFY(model.data(model.index(2, ui::LogModel::MessageColumn), Qt::ForegroundRole).isValid());
    QCOMPARE(model.data(model.index(0, ui::LogModel::TimeColumn)).toString(),
        record(spdlog::level::info, {}, {}).time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
}

void TestLogModel::staysBoundedDroppingOldest()
{
    common::LogRingBuffer buffer(1000);
    ui::LogModel model(&buffer, 5);
    for (int i = 0; i < 12; ++i) {
        buffer.append(record(spdlog::level::info, QString(), QStringLiteral("line %1").arg(i)));
        QCoreApplication::processEvents(); // one notification per record: rows drop one by one
    }
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(model.record(0).message, QStringLiteral("line 7"));
    QCOMPARE(model.record(4).message, QStringLiteral("line 11"));
}

void TestLogModel::proxyFiltersByLevelAndSearch_data()
{
    QTest::addColumn<int>("minimumLevel");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << int(spdlog::level::trace) << QString()
                                << QStringList {"connected", "slow server", "login failed"};
    QTest::newRow("warnings and up") << int(spdlog::level::warn) << QString() << QStringList {"slow server", "login failed"};
    QTest::newRow("search message") << int(spdlog::level::trace) << "LOGIN" << QStringList {"login failed"};
    QTest::newRow("search resource") << int(spdlog::level::trace) << "other-box" << QStringList {"slow server"};
    QTest::newRow("level and search") << int(spdlog::level::err) << "slow" << QStringList {};
}

void TestLogModel::proxyFiltersByLevelAndSearch()
{
    QFETCH(int, minimumLevel);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    common::LogRingBuffer buffer(100);
    buffer.append(record(spdlog::level::info, QStringLiteral("soc-inbox"), QStringLiteral("connected")));
    buffer.append(record(spdlog::level::warn, QStringLiteral("other-box"), QStringLiteral("slow server")));
    buffer.append(record(spdlog::level::err, QStringLiteral("soc-inbox"), QStringLiteral("login failed")));
    ui::LogModel model(&buffer);
    ui::LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setMinimumLevel(minimumLevel);
    proxy.setSearchText(search);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, ui::LogModel::MessageColumn).data().toString());
    QCOMPARE(shown, expected);
}

void TestLogModel::viewCopiesSelectedLines()
{
    common::LogRingBuffer buffer(100);
    buffer.append(record(spdlog::level::info, QStringLiteral("soc-inbox"), QStringLiteral("first")));
    buffer.append(record(spdlog::level::warn, QString(), QStringLiteral("second")));
    buffer.append(record(spdlog::level::err, QStringLiteral("soc-inbox"), QStringLiteral("third")));
    ui::LogModel model(&buffer);
    ui::LogView view(&model, QStringLiteral("/tmp/logs"));
    view.show();
    find<QTableView>(&view, QStringLiteral("logTable"))->selectRow(2);
    find<QTableView>(&view, QStringLiteral("logTable"))
        ->selectionModel()
        ->select(find<QTableView>(&view, QStringLiteral("logTable"))->model()->index(0, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString date
        = record(spdlog::level::info, {}, {}).time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString expected
        = date + QStringLiteral(" INFO [soc-inbox] imap: first\n") + date + QStringLiteral(" ERROR [soc-inbox] imap: third");
    QCOMPARE(view.selectedLines(), expected);
    view.findChild<QPushButton *>(QStringLiteral("logCopy"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(find<QPushButton>(&view, QStringLiteral("logOpenFolder"))->toolTip(),
        QStringLiteral("Open /tmp/logs in the file manager"));
}

void TestLogModel::viewLevelComboAndSearchDriveProxy()
{
    common::LogRingBuffer buffer(100);
    buffer.append(record(spdlog::level::info, QString(), QStringLiteral("connected")));
    buffer.append(record(spdlog::level::err, QString(), QStringLiteral("login failed")));
    ui::LogModel model(&buffer);
    ui::LogView view(&model, QString());
    auto *level = view.findChild<QComboBox *>(QStringLiteral("logLevelFilter"));
    level->setCurrentIndex(level->findData(int(spdlog::level::err)));
    QCOMPARE(find<QTableView>(&view, QStringLiteral("logTable"))->model()->rowCount(), 1);
    level->setCurrentIndex(0);
    QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("logSearch")), QStringLiteral("conn"));
    QCOMPARE(find<QTableView>(&view, QStringLiteral("logTable"))->model()->rowCount(), 1);
    QCOMPARE(
        find<QTableView>(&view, QStringLiteral("logTable"))->model()->index(0, ui::LogModel::MessageColumn).data().toString(),
        QStringLiteral("connected"));
}

void TestLogModel::pauseAutoscrollKeepsPosition()
{
    common::LogRingBuffer buffer(1000);
    ui::LogModel model(&buffer);
    ui::LogView view(&model, QString());
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 100; ++i)
        buffer.append(record(spdlog::level::info, QString(), QStringLiteral("line %1").arg(i)));
    QTRY_COMPARE(model.rowCount(), 100);
    QScrollBar *bar = find<QTableView>(&view, QStringLiteral("logTable"))->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());

    view.findChild<QToolButton *>(QStringLiteral("logPauseAutoscroll"))->setChecked(true);
    bar->setValue(0);
    for (int i = 0; i < 50; ++i)
        buffer.append(record(spdlog::level::info, QString(), QStringLiteral("more %1").arg(i)));
    QTRY_COMPARE(model.rowCount(), 150);
    QCOMPARE(bar->value(), 0);

    view.findChild<QToolButton *>(QStringLiteral("logPauseAutoscroll"))->setChecked(false);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
