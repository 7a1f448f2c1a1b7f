// MailListModel over a real store: the model contract, lazy paging, search, filters, sorting
// by the store and refresh after new mail.
#include "MailStoreFixture.h"
#include "StoreDelivery.h"
#include "mails/MailListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace soar;
using namespace soar::test;
using namespace soar::test::gui;
using Model = ui::MailListModel;

class TestMailListModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void passesModelTester();
    void showsColumns();
    void loadsPageByPage();
    void searchNarrowsTheList_data();
    void searchNarrowsTheList();
    void filtersByResourceAndState();
    void sortsThroughTheStore_data();
    void sortsThroughTheStore();
    void unsortableColumnKeepsTheOrder();
    void refreshAddsNewMailAndKeepsLoadedRows();

private:
    std::unique_ptr<MailStoreFixture> m_fixture;
    QStringList m_ids;
};

void TestMailListModel::init()
{
    m_fixture = std::make_unique<MailStoreFixture>();
    QVERIFY(m_fixture->open());
    m_ids = m_fixture->ingestVaried();
    QCOMPARE(m_ids.size(), 30);
    QVERIFY(!m_ids.contains(QString()));
}

void TestMailListModel::passesModelTester()
{
    Model model(&m_fixture->store);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("suspended"));
        model.sort(Model::SubjectColumn, Qt::AscendingOrder);
        model.setResourceFilter(QStringLiteral("abuse-desk"));
        model.setDeliveryStateFilter(store::DeliveryState::None);
        model.setResourceFilter({});
        model.setSearchText({});
        model.refresh();
    }
    // Qt 6.4's tester calls fetchMore() from its own modelReset slot, before it clears its
    // "reset in flight" marker, and then reports the rows it inserted itself. So the paging
    // half gets a tester attached after the reset.
    QVERIFY(m_fixture->ingestMany(450, QStringLiteral("Bulk")));
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 480);
}

void TestMailListModel::showsColumns()
{
    Model model(&m_fixture->store);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QCOMPARE(model.headerData(Model::StateColumn, Qt::Horizontal).toString(), QStringLiteral("SOAR state"));
    // Newest first by default: the forwarded mail with its .eml attachment.
    QCOMPARE(model.index(0, Model::SubjectColumn).data().toString(), QStringLiteral("FW: suspicious mail attached"));
    QCOMPARE(model.index(0, Model::FromColumn).data().toString(), QStringLiteral("forwarder@example.com"));
    QCOMPARE(model.index(0, Model::ToColumn).data().toString(), QStringLiteral("soc@example.test"));
    QCOMPARE(model.index(0, Model::AttachmentsColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, Model::StateColumn).data().toString(), QStringLiteral("Local only"));
    QCOMPARE(model.index(0, Model::MailIdColumn).data().toString(), m_ids.last());
    QCOMPARE(model.index(0, Model::DateColumn).data(Model::MailIdRole).toString(), m_ids.last());
    QCOMPARE(model.index(0, Model::DateColumn).data().toString(),
        MailStoreFixture::day(29).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    // The RFC 2047 subject arrives decoded.
    QCOMPARE(model.index(2, Model::SubjectColumn).data().toString(), QStringLiteral("Rechnung für März – dringend"));
}

void TestMailListModel::loadsPageByPage()
{
    QVERIFY(m_fixture->ingestMany(1000, QStringLiteral("Bulk")));
    Model model(&m_fixture->store);
    QCOMPARE(model.totalCount(), qint64(1030));
    QCOMPARE(model.rowCount(), Model::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &Model::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * Model::PageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), Model::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1030);
    QVERIFY(!model.canFetchMore({}));
    // Pages follow each other without gaps or repeats.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ui::MailListModel::MailIdRole).toString());
    QCOMPARE(ids.size(), 1030);
}

void TestMailListModel::searchNarrowsTheList_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("subject word") << QStringLiteral("suspended") << 5; // #0 #6 #12 #18 #24
    QTest::newRow("prefix") << QStringLiteral("suspen") << 5;
    QTest::newRow("two words") << QStringLiteral("wire transfer") << 4;
    QTest::newRow("sender") << QStringLiteral("paypa1") << 7; // 6 billing@ mails + the phishing one
    QTest::newRow("body text") << QStringLiteral("morgen") << 1;
    QTest::newRow("attachment name") << QStringLiteral("invoice") << 1;
    QTest::newRow("no match") << QStringLiteral("kangaroo") << 0;
    QTest::newRow("only punctuation searches nothing") << QStringLiteral("\"*") << 30;
}

void TestMailListModel::searchNarrowsTheList()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    Model model(&m_fixture->store);
    QSignalSpy total(&model, &Model::totalCountChanged);
    model.setSearchText(search);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.totalCount(), qint64(expected));
    QCOMPARE(total.size(), 1);
    model.setSearchText({});
    QCOMPARE(model.rowCount(), 30);
}

void TestMailListModel::filtersByResourceAndState()
{
    m_fixture = std::make_unique<MailStoreFixture>();
    QVERIFY(m_fixture->open());
    m_ids = m_fixture->ingestVaried({1, 3});
    QVERIFY(soar::test::setDeliveryState(m_fixture->store, m_ids.at(1), store::DeliveryState::Delivered, QStringLiteral("77")));
    QVERIFY(soar::test::setDeliveryState(m_fixture->store, m_ids.at(3), store::DeliveryState::Failed));
    Model model(&m_fixture->store);
    model.setResourceFilter(QStringLiteral("abuse-desk"));
    QCOMPARE(model.rowCount(), 9); // i % 3 == 0 for i < 26
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(m_fixture->store.mail(model.index(row, 0).data(Model::MailIdRole).toString()).value().resource,
            QStringLiteral("abuse-desk"));
    model.setResourceFilter({});
    model.setDeliveryStateFilter(store::DeliveryState::Delivered);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, Model::StateColumn).data().toString(), QStringLiteral("Delivered"));
    model.setResourceFilter(QStringLiteral("abuse-desk")); // m_ids[3] is abuse-desk, [1] is not
    QCOMPARE(model.rowCount(), 0);
    model.setDeliveryStateFilter(store::DeliveryState::Failed);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ui::MailListModel::MailIdRole).toString(), m_ids.at(3));
}

void TestMailListModel::sortsThroughTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::newRow("date ascending") << int(Model::DateColumn) << int(Qt::AscendingOrder)
                                    << QStringLiteral("Your account is suspended #0");
    QTest::newRow("date descending") << int(Model::DateColumn) << int(Qt::DescendingOrder)
                                     << QStringLiteral("FW: suspicious mail attached");
    QTest::newRow("subject ascending") << int(Model::SubjectColumn) << int(Qt::AscendingOrder)
                                       << QStringLiteral("FW: suspicious mail attached");
    QTest::newRow("subject descending") << int(Model::SubjectColumn) << int(Qt::DescendingOrder)
                                        << QStringLiteral("Your account is suspended #6");
    QTest::newRow("from ascending") << int(Model::FromColumn) << int(Qt::AscendingOrder)
                                    << QStringLiteral("Your account is suspended #0");
}

void TestMailListModel::sortsThroughTheStore()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    Model model(&m_fixture->store);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(model.index(0, Model::SubjectColumn).data().toString(), first);
    QCOMPARE(model.rowCount(), 30);
}

void TestMailListModel::unsortableColumnKeepsTheOrder()
{
    Model model(&m_fixture->store);
    QVERIFY(!Model::isSortable(Model::AttachmentsColumn));
    QSignalSpy reset(&model, &Model::modelReset);
    model.sort(Model::AttachmentsColumn, Qt::AscendingOrder);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(0, 0).data(ui::MailListModel::MailIdRole).toString(), m_ids.last());
}

void TestMailListModel::refreshAddsNewMailAndKeepsLoadedRows()
{
    QVERIFY(m_fixture->ingestMany(500, QStringLiteral("Old")));
    Model model(&m_fixture->store);
    model.sort(Model::DateColumn, Qt::AscendingOrder);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    const QString at350 = model.index(350, 0).data(ui::MailListModel::MailIdRole).toString();
    const QString newest
        = m_fixture->ingest(TestMail().subject(QStringLiteral("Brand new")).date(MailStoreFixture::day(90)).raw());
    QVERIFY(!newest.isEmpty());
    model.refresh();
    QCOMPARE(model.totalCount(), qint64(531));
    QVERIFY(model.rowCount() >= 400);
    QCOMPARE(model.rowOf(at350), 350);
    model.sort(Model::DateColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data(ui::MailListModel::MailIdRole).toString(), newest);
}

QTEST_MAIN(TestMailListModel)
#include "tst_maillistmodel.moc"
