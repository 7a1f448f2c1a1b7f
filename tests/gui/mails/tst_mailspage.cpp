// The Mails page as the analyst uses it: type a search, pick filters, sort by a header, select a
// mail and see it below; new mail arriving keeps the selection. Screenshots for the user guide
// (SOAR_SCREENSHOT_DIR).
#include "../GuiHelpers.h"
#include "MailStoreFixture.h"
#include "StoreDelivery.h"
#include "mails/MailDetailView.h"
#include "mails/MailListModel.h"
#include "mails/MailsPage.h"
#include "mails/RegexToolDialog.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace soar;
using namespace soar::test;
using namespace soar::test::gui;
using Model = ui::MailListModel;

class TestMailsPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsCountAndNewestFirst();
    void typingSearchNarrowsTheList();
    void filtersByResourceAndState();
    void headerClickSortsThroughTheStore();
    void selectingShowsTheDetail();
    void refreshKeepsTheSelection();
    void refreshAfterABurstKeepsTheSelection();
    void scheduledRefreshCoalesces();
    void scrollingLoadsMorePages();
    void screenshots();

private:
    void capture(QWidget *widget, const QString &name);

    std::unique_ptr<MailStoreFixture> m_fixture;
    std::unique_ptr<ui::MailsPage> m_page;
    QStringList m_ids;
};

void TestMailsPage::init()
{
    m_fixture = std::make_unique<MailStoreFixture>();
    QVERIFY(m_fixture->open());
    m_ids = m_fixture->ingestVaried({24, 25, 26});
    QVERIFY(
        soar::test::setDeliveryState(m_fixture->store, m_ids.at(26), store::DeliveryState::Delivered, QStringLiteral("4711")));
    QVERIFY(soar::test::setDeliveryState(m_fixture->store, m_ids.at(25), store::DeliveryState::Pending));
    QVERIFY(soar::test::setDeliveryState(m_fixture->store, m_ids.at(24), store::DeliveryState::Failed));
    m_page = std::make_unique<ui::MailsPage>(&m_fixture->store);
    m_page->setResources({QStringLiteral("soc-inbox"), QStringLiteral("abuse-desk")});
    m_page->resize(1000, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMailsPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestMailsPage::showsCountAndNewestFirst()
{
    QCOMPARE(find<QLabel>(m_page.get(), QStringLiteral("mailsStatus"))->text(), QStringLiteral("30 mails"));
    QCOMPARE(mailModel(m_page.get())->index(0, Model::SubjectColumn).data().toString(),
        QStringLiteral("FW: suspicious mail attached"));
    QCOMPARE(mailTable(m_page.get())->horizontalHeader()->sortIndicatorSection(), int(Model::DateColumn));
    QCOMPARE(find<QComboBox>(m_page.get(), QStringLiteral("mailResourceFilter"))->count(), 3);
    QCOMPARE(find<QComboBox>(m_page.get(), QStringLiteral("mailStateFilter"))->count(), 5);
}

void TestMailsPage::typingSearchNarrowsTheList()
{
    QTest::keyClicks(find<QLineEdit>(m_page.get(), QStringLiteral("mailSearch")), QStringLiteral("wire"));
    // Debounced: nothing is queried per key, the list narrows once typing pauses.
    QCOMPARE(mailModel(m_page.get())->rowCount(), 30);
    QTRY_COMPARE(mailModel(m_page.get())->rowCount(), 4);
    QCOMPARE(find<QLabel>(m_page.get(), QStringLiteral("mailsStatus"))->text(), QStringLiteral("4 mails"));
    for (int row = 0; row < 4; ++row)
        QVERIFY(mailModel(m_page.get())
                    ->index(row, ui::MailListModel::SubjectColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Urgent wire transfer")));
    find<QLineEdit>(m_page.get(), QStringLiteral("mailSearch"))->clear();
    QTRY_COMPARE(mailModel(m_page.get())->rowCount(), 30);
}

void TestMailsPage::filtersByResourceAndState()
{
    QVERIFY(choose(m_page.get(), QStringLiteral("mailResourceFilter"), 2)); // abuse-desk
    QCOMPARE(mailModel(m_page.get())->rowCount(), 9);
    QVERIFY(choose(m_page.get(), QStringLiteral("mailResourceFilter"), 0));
    find<QComboBox>(m_page.get(), QStringLiteral("mailStateFilter"))
        ->setCurrentIndex(
            find<QComboBox>(m_page.get(), QStringLiteral("mailStateFilter"))->findText(QStringLiteral("Delivered")));
    QCOMPARE(mailModel(m_page.get())->rowCount(), 1);
    QCOMPARE(mailModel(m_page.get())->index(0, 0).data(ui::MailListModel::MailIdRole).toString(), m_ids.at(26));
    QCOMPARE(find<QLabel>(m_page.get(), QStringLiteral("mailsStatus"))->text(), QStringLiteral("1 mail"));
}

void TestMailsPage::headerClickSortsThroughTheStore()
{
    QHeaderView *header = mailTable(m_page.get())->horizontalHeader();
    const int x = header->sectionViewportPosition(Model::SubjectColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(mailModel(m_page.get())->query().sortColumn, store::MailQuery::SortColumn::Subject);
    // A new column starts ascending, a second click turns it; the store compares without case,
    // so "Your account is suspended #6" is the greatest subject.
    QCOMPARE(mailModel(m_page.get())->query().order, Qt::AscendingOrder);
    QCOMPARE(mailModel(m_page.get())->index(0, Model::SubjectColumn).data().toString(),
        QStringLiteral("FW: suspicious mail attached"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(mailModel(m_page.get())->query().order, Qt::DescendingOrder);
    QCOMPARE(mailModel(m_page.get())->index(0, Model::SubjectColumn).data().toString(),
        QStringLiteral("Your account is suspended #6"));
    // Attachments cannot be ordered by the store: the arrow stays on Subject.
    const int y = header->sectionViewportPosition(Model::AttachmentsColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(y, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(Model::SubjectColumn));
    QCOMPARE(mailModel(m_page.get())->query().sortColumn, store::MailQuery::SortColumn::Subject);
}

void TestMailsPage::selectingShowsTheDetail()
{
    QVERIFY(m_page->selectMail(m_ids.at(27)));
    QCOMPARE(m_page->currentMailId(), m_ids.at(27));
    QCOMPARE(
        find<QLabel>(m_page->detail(), QStringLiteral("mailSubject"))->text(), QStringLiteral("Rechnung für März – dringend"));
    QTest::keyClick(mailTable(m_page.get()), Qt::Key_Down);
    QCOMPARE(m_page->detail()->mailId(), m_ids.at(26));
    QCOMPARE(find<QTableWidget>(m_page->detail(), QStringLiteral("mailAttachments"))->rowCount(), 1);
    QCOMPARE(find<QTableWidget>(m_page->detail(), QStringLiteral("mailAttachments"))->item(0, 0)->text(),
        QStringLiteral("invoice.pdf"));
    QVERIFY(!m_page->selectMail(QStringLiteral("not-a-mail")));
    QCOMPARE(m_page->detail()->mailId(), m_ids.at(26)); // a failed selection changes nothing
}

void TestMailsPage::refreshKeepsTheSelection()
{
    QVERIFY(m_page->selectMail(m_ids.at(10)));
    const int rowBefore = mailTable(m_page.get())->currentIndex().row();
    const QString newer
        = m_fixture->ingest(TestMail().subject(QStringLiteral("Just arrived")).date(MailStoreFixture::day(60)).raw());
    m_page->refresh();
    QCOMPARE(find<QLabel>(m_page.get(), QStringLiteral("mailsStatus"))->text(), QStringLiteral("31 mails"));
    QCOMPARE(mailModel(m_page.get())->index(0, 0).data(ui::MailListModel::MailIdRole).toString(), newer);
    QCOMPARE(m_page->currentMailId(), m_ids.at(10));
    QCOMPARE(mailTable(m_page.get())->currentIndex().row(), rowBefore + 1);
    QCOMPARE(m_page->detail()->mailId(), m_ids.at(10));
    // A search that hides the selected mail empties the detail pane.
    find<QLineEdit>(m_page.get(), QStringLiteral("mailSearch"))->setText(QStringLiteral("arrived"));
    QTRY_COMPARE(mailModel(m_page.get())->rowCount(), 1);
    QVERIFY(m_page->detail()->mailId().isEmpty());
}

void TestMailsPage::refreshAfterABurstKeepsTheSelection()
{
    QVERIFY(m_page->selectMail(m_ids.at(29))); // the newest, row 0
    QVector<store::IncomingMail> burst;
    for (int i = 0; i < 450; ++i)
        burst << m_fixture->incoming(
            TestMail().subject(QStringLiteral("Burst %1").arg(i)).date(MailStoreFixture::day(40 + i)).raw());
    QVERIFY(m_fixture->store.ingestBatch(burst).ok());
    m_page->refresh();
    QCOMPARE(m_page->currentMailId(), m_ids.at(29));
    QCOMPARE(mailTable(m_page.get())->currentIndex().row(), 450);
    QCOMPARE(m_page->detail()->mailId(), m_ids.at(29));
}

void TestMailsPage::scheduledRefreshCoalesces()
{
    QSignalSpy resets(mailModel(m_page.get()), &Model::modelReset);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!m_fixture->ingest(TestMail().subject(QStringLiteral("Stream %1").arg(i)).raw()).isEmpty());
        m_page->scheduleRefresh();
    }
    QCOMPARE(resets.size(), 0);
    QTRY_COMPARE(mailModel(m_page.get())->totalCount(), qint64(35));
    QCOMPARE(resets.size(), 1);
}

void TestMailsPage::scrollingLoadsMorePages()
{
    QVERIFY(m_fixture->ingestMany(1000, QStringLiteral("Bulk")));
    m_page->refresh();
    // The 30 rows shown plus at most a page of the new ones: not all 1,030.
    const int loaded = mailModel(m_page.get())->rowCount();
    QCOMPARE(loaded, 30 + Model::PageSize);
    QCOMPARE(find<QLabel>(m_page.get(), QStringLiteral("mailsStatus"))->text(),
        QStringLiteral("%1 mails (%2 loaded; scroll for more)").arg(QLocale().toString(1030)).arg(loaded));
    mailTable(m_page.get())->scrollToBottom();
    QTRY_VERIFY(mailModel(m_page.get())->rowCount() > loaded);
    QVERIFY(mailModel(m_page.get())->rowCount() < 1030);
}

void TestMailsPage::capture(QWidget *widget, const QString &name)
{
    const QString problem = screenshot(widget, name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMailsPage::screenshots()
{
    QVERIFY(m_page->selectMail(m_ids.at(26)));
    QVERIFY(find<QTableWidget>(m_page->detail(), QStringLiteral("mailIocs"))->rowCount() > 0);
    capture(m_page.get(), QStringLiteral("mails-list"));

    ui::RegexToolDialog *dialog = m_page->detail()->openRegexTool();
    auto *presets = dialog->findChild<QComboBox *>(QStringLiteral("regexPreset"));
    presets->setCurrentIndex(presets->findData(QStringLiteral("url")));
    auto *parts = dialog->findChild<QComboBox *>(QStringLiteral("regexPart"));
    parts->setCurrentIndex(parts->findData(int(ui::MailPart::TextBody)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("regexRun")), Qt::LeftButton);
    QTRY_COMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("regexResults"))->rowCount(), 1);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    capture(dialog, QStringLiteral("mails-regex"));
    dialog->close();
}

QTEST_MAIN(TestMailsPage)
#include "tst_mailspage.moc"
