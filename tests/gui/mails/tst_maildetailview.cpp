// MailDetailView on stored mails: decoded headers, bodies, attachments with SHA-256, analysis of
// an attached mail, indicators, incident links, JSON, raw save, and no remote content ever.
#include "../GuiHelpers.h"
#include "IocLookup.h"
#include "MailStoreFixture.h"
#include "mails/AnalysisReportDialog.h"
#include "mails/IncidentLinkDialog.h"
#include "mails/MailDetailView.h"
#include "mails/SafeHtmlBrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace soar;
using namespace soar::test;
using namespace soar::test::gui;

class TestMailDetailView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsDecodedHeaders();
    void flagsRepeatedHeaders();
    void listsAttachmentsWithSha256();
    void savesAttachmentAndRawMail();
    void analyzesAttachedMail();
    void extractsIndicators();
    void remoteImagesAreNeverFetched();
    void addToIncidentRecordsTheLink();
    void addToIncidentNeedsAnId();
    void copiesJson();
    void unknownMailSaysSo();

private:
    QString ingest(const QByteArray &raw) { return m_fixture->ingest(raw); }

    std::unique_ptr<MailStoreFixture> m_fixture;
    std::unique_ptr<ui::MailDetailView> m_view;
};

void TestMailDetailView::init()
{
    m_fixture = std::make_unique<MailStoreFixture>();
    QVERIFY(m_fixture->open());
    m_view = std::make_unique<ui::MailDetailView>(&m_fixture->store);
    m_view->resize(900, 600);
    m_view->show();
}

void TestMailDetailView::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

void TestMailDetailView::showsDecodedHeaders()
{
    const QString id = ingest(TestMail()
                                  .from(QStringLiteral("juergen@example.de"))
                                  .to(QStringLiteral("soc@example.test"))
                                  .cc(QStringLiteral("lead@example.test"))
                                  .subject(QStringLiteral("Rechnung für März – dringend"))
                                  .messageId(QStringLiteral("rechnung-1@example.de"))
                                  .body(QStringLiteral("Bitte zahlen Sie bis morgen."))
                                  .raw());
    QVERIFY(m_view->showMail(id));
    QCOMPARE(m_view->mailId(), id);
    QCOMPARE(find<QLabel>(m_view.get(), QStringLiteral("mailSubject"))->text(), QStringLiteral("Rechnung für März – dringend"));
    QCOMPARE(find<QLabel>(m_view.get(), QStringLiteral("mailFrom"))->text(), QStringLiteral("juergen@example.de"));
    QCOMPARE(find<QLabel>(m_view.get(), QStringLiteral("mailTo"))->text(), QStringLiteral("soc@example.test"));
    QCOMPARE(find<QLabel>(m_view.get(), QStringLiteral("mailCc"))->text(), QStringLiteral("lead@example.test"));
    QCOMPARE(find<QLabel>(m_view.get(), QStringLiteral("mailMessageId"))->text(), QStringLiteral("rechnung-1@example.de"));
    QCOMPARE(find<QPlainTextEdit>(m_view.get(), QStringLiteral("mailTextBody"))->toPlainText(),
        QStringLiteral("Bitte zahlen Sie bis morgen."));
    QVERIFY(!find<QTabWidget>(m_view.get(), QStringLiteral("mailDetailTabs"))->isTabEnabled(1)); // no HTML part

    // All headers, collapsed until asked for, decoded.
    QTableWidget *all = find<QTableWidget>(m_view.get(), QStringLiteral("allHeaders"));
    QVERIFY(!all->isVisible());
    m_view->findChild<QToolButton *>(QStringLiteral("allHeadersToggle"))->click();
    QVERIFY(all->isVisible());
    QStringList names;
    for (int row = 0; row < all->rowCount(); ++row) {
        names << all->item(row, 0)->text();
        if (all->item(row, 0)->text() == QStringLiteral("Subject"))
            QCOMPARE(all->item(row, 1)->text(), QStringLiteral("Rechnung für März – dringend"));
    }
    QVERIFY2(names.contains(QStringLiteral("Message-ID")) && names.contains(QStringLiteral("MIME-Version")),
        qPrintable(names.join(QLatin1Char(','))));
}

// A second From is a display-spoofing trick: the view shows the first and says there were two,
// the JSON and the analysis of the mail attached elsewhere carry the defect.
void TestMailDetailView::flagsRepeatedHeaders()
{
    const QByteArray spoofed = "From: IT Helpdesk <helpdesk@example.test>\r\n"
                               "From: CEO <ceo@bank.example>\r\n"
                               "To: soc@example.test\r\n"
                               "Subject: Password expiry\r\n"
                               "Subject: Urgent wire transfer\r\n"
                               "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n"
                               "Message-ID: <spoof-1@example.test>\r\n"
                               "\r\nPlease act now.\r\n";
    const QString id = ingest(spoofed);
    QVERIFY(m_view->showMail(id));
    QCOMPARE(
        find<QLabel>(m_view.get(), QStringLiteral("mailFrom"))->text(), QStringLiteral("IT Helpdesk <helpdesk@example.test>"));
    QCOMPARE(find<QLabel>(m_view.get(), QStringLiteral("mailSubject"))->text(), QStringLiteral("Password expiry"));
    auto *fromRepeated = m_view->findChild<QLabel *>(QStringLiteral("mailFromRepeated"));
    QVERIFY(fromRepeated);
    QVERIFY(fromRepeated->isVisible());
    QCOMPARE(fromRepeated->text(), QStringLiteral("2 From headers: the first is shown"));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("mailSubjectRepeated"))->isVisible());
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("mailToRepeated"))->isVisible());
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("mailDateRepeated"))->isVisible());

    const QJsonObject json = QJsonDocument::fromJson(m_view->json().toUtf8()).object();
    const QJsonArray defects = json.value(QStringLiteral("defects")).toArray();
    QVERIFY(defects.contains(QStringLiteral("duplicate header: 2 From headers; the first is shown")));
    QVERIFY(defects.contains(QStringLiteral("duplicate header: 2 Subject headers; the first is shown")));

    // The same mail forwarded as an attachment: the analysis report carries the defect too.
    const QString forward = ingest(
        TestMail().subject(QStringLiteral("FW: odd mail")).attach(QStringLiteral("odd.eml"), spoofed, "message/rfc822").raw());
    QVERIFY(m_view->showMail(forward));
    const auto report = m_view->analyzeAttachment(0);
    QVERIFY(report.ok());
    QCOMPARE(report.value().from.email, QStringLiteral("helpdesk@example.test"));
    QVERIFY(report.value().defects.contains(QStringLiteral("duplicate header: 2 From headers; the first is shown")));
    QVERIFY(report.value()
                .toJson()
                .value(QStringLiteral("defects"))
                .toArray()
                .contains(QStringLiteral("duplicate header: 2 From headers; the first is shown")));
    ui::AnalysisReportDialog *dialog = m_view->openAnalysis(0);
    QVERIFY(dialog);
    QVERIFY(!find<QTreeWidget>(dialog, QStringLiteral("analysisTree"))
                 ->findItems(QStringLiteral("duplicate header: 2 From headers; the first is shown"), Qt::MatchRecursive, 1)
                 .isEmpty());
    dialog->close();
}

void TestMailDetailView::listsAttachmentsWithSha256()
{
    const QByteArray pdf("%PDF-1.7 phishing invoice");
    const QString id = ingest(MailStoreFixture::phishing().raw());
    QVERIFY(m_view->showMail(id));
    QTableWidget *table = find<QTableWidget>(m_view.get(), QStringLiteral("mailAttachments"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("invoice.pdf"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("application/pdf"));
    QCOMPARE(table->item(0, 3)->text(), QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(find<QTabWidget>(m_view.get(), QStringLiteral("mailDetailTabs"))->tabText(2), QStringLiteral("Attach&ments (1)"));
    // A PDF is not a mail: Save as is offered, Analyze is not.
    QVERIFY(m_view->findChild<QToolButton *>(QStringLiteral("saveAttachment"))->isEnabled());
    QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("analyzeAttachment"))->isEnabled());
    QVERIFY(!m_view->analyzeAttachment(0).ok());
}

void TestMailDetailView::savesAttachmentAndRawMail()
{
    const QByteArray raw = MailStoreFixture::phishing().raw();
    QVERIFY(m_view->showMail(ingest(raw)));
    const QString attachmentPath = m_fixture->dir.filePath(QStringLiteral("saved.pdf"));
    QVERIFY(m_view->saveAttachment(0, attachmentPath).ok());
    QFile attachment(attachmentPath);
    QVERIFY(attachment.open(QIODevice::ReadOnly));
    QCOMPARE(attachment.readAll(), QByteArray("%PDF-1.7 phishing invoice"));

    const QString emlPath = m_fixture->dir.filePath(QStringLiteral("mail.eml"));
    QVERIFY(m_view->saveRaw(emlPath).ok());
    QFile eml(emlPath);
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QCOMPARE(eml.readAll(), raw);

    const auto refused = m_view->saveRaw(m_fixture->dir.filePath(QStringLiteral("missing-folder/mail.eml")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("missing-folder")), qPrintable(refused.error().message));
}

void TestMailDetailView::analyzesAttachedMail()
{
    const QByteArray inner = TestMail()
                                 .from(QStringLiteral("attacker@evil-domain.net"))
                                 .subject(QStringLiteral("Reset your password"))
                                 .body(QStringLiteral("Go to http://evil-domain.net/reset now"))
                                 .attach(QStringLiteral("payload.zip"), QByteArray("PK fake zip"), "application/zip")
                                 .raw();
    const QString id = ingest(TestMail()
                                  .subject(QStringLiteral("FW: suspicious"))
                                  .attach(QStringLiteral("suspicious.eml"), inner, "application/octet-stream")
                                  .raw());
    QVERIFY(m_view->showMail(id));
    QVERIFY(m_view->findChild<QToolButton *>(QStringLiteral("analyzeAttachment"))->isEnabled());
    const auto report = m_view->analyzeAttachment(0);
    QVERIFY(report.ok());
    QCOMPARE(report.value().format, QStringLiteral("eml"));
    QCOMPARE(report.value().subject, QStringLiteral("Reset your password"));
    QCOMPARE(report.value().from.email, QStringLiteral("attacker@evil-domain.net"));
    QCOMPARE(report.value().attachments.size(), 1);
    QCOMPARE(report.value().attachments.at(0).fileName, QStringLiteral("payload.zip"));
    QVERIFY(test::findIoc(report.value().iocs, tools::Ioc::Kind::Url, QStringLiteral("http://evil-domain.net/reset")));

    ui::AnalysisReportDialog *dialog = m_view->openAnalysis(0);
    QVERIFY(dialog);
    QVERIFY(!find<QTreeWidget>(dialog, QStringLiteral("analysisTree"))
                 ->findItems(QStringLiteral("payload.zip"), Qt::MatchRecursive)
                 .isEmpty());
    dialog->close();
}

void TestMailDetailView::extractsIndicators()
{
    QVERIFY(m_view->showMail(ingest(MailStoreFixture::phishing().raw())));
    // The Indicators tab, one row an indicator: kind, indicator, count, found in, detail.
    auto *table = find<QTableWidget>(m_view.get(), QStringLiteral("mailIocs"));
    QVERIFY(table);
    const auto rowOf = [table](const QString &indicator) {
        const QList<QTableWidgetItem *> shown = table->findItems(indicator, Qt::MatchExactly);
        return shown.size() == 1 && shown.first()->column() == 1 ? shown.first()->row() : -1;
    };
    const int body = rowOf(QStringLiteral("198.51.100.23"));
    QVERIFY(body >= 0);
    QCOMPARE(table->item(body, 0)->text(), tools::Ioc::kindName(tools::Ioc::Kind::IPv4));
    const int header = rowOf(QStringLiteral("203.0.113.45"));
    QVERIFY(header >= 0);
    QVERIFY(table->item(header, 3)->text().split(QStringLiteral(", ")).contains(QStringLiteral("headers")));
    const int defanged = rowOf(QStringLiteral("http://evil.example.net/x"));
    QVERIFY(defanged >= 0);
    QCOMPARE(table->item(defanged, 0)->text(), tools::Ioc::kindName(tools::Ioc::Kind::Url));
    QVERIFY(table->item(defanged, 1)->toolTip().startsWith(QLatin1String("Written defanged as")));
    QCOMPARE(find<QTabWidget>(m_view.get(), QStringLiteral("mailDetailTabs"))->tabText(3),
        QStringLiteral("In&dicators (%1)").arg(table->rowCount()));
}

void TestMailDetailView::remoteImagesAreNeverFetched()
{
    QTcpServer tracker;
    QVERIFY(tracker.listen(QHostAddress::LocalHost, 0));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(tracker.serverPort());
    const QString html = QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1/style.css\"></head><body>"
                                        "<p>Hello</p><img src=\"%1/pixel.gif?u=analyst\" width=1 height=1>"
                                        "<img src=\"https://127.0.0.1:%2/logo.png\">"
                                        "<table background=\"%1/bg.png\"><tr><td>x</td></tr></table></body></html>")
                             .arg(base)
                             .arg(tracker.serverPort());
    const QString id = ingest(TestMail().subject(QStringLiteral("Tracked")).body(QString()).html(html).raw());
    QVERIFY(m_view->showMail(id));
    QCOMPARE(find<QTabWidget>(m_view.get(), QStringLiteral("mailDetailTabs"))->currentIndex(),
        1); // no plain text: the HTML tab is shown
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->grab(); // lays out and paints the document, which asks for its images
    QTRY_VERIFY(find<ui::SafeHtmlBrowser>(m_view.get(), QStringLiteral("mailHtmlBody"))
                    ->blockedUrls()
                    .contains(base + QStringLiteral("/pixel.gif?u=analyst")));
    QVERIFY(
        find<ui::SafeHtmlBrowser>(m_view.get(), QStringLiteral("mailHtmlBody"))->toPlainText().contains(QStringLiteral("Hello")));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("remoteContentNote"))->isVisible());
    // The tracker accepts connections in arrival order: one the view had started would be
    // queued before this probe's, so the probe must be the first and only connection.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, tracker.serverPort());
    QVERIFY(probe.waitForConnected(5000));
    QVERIFY(tracker.waitForNewConnection(5000));
    QTcpSocket *first = tracker.nextPendingConnection();
    QCOMPARE(first->peerPort(), probe.localPort());
    QVERIFY(!tracker.hasPendingConnections());
}

void TestMailDetailView::addToIncidentRecordsTheLink()
{
    const QString id = ingest(MailStoreFixture::phishing().raw());
    QVERIFY(m_view->showMail(id));
    QSignalSpy linked(m_view.get(), &ui::MailDetailView::incidentLinked);
    action(m_view.get(), QStringLiteral("addToIncidentAction"))->trigger();
    auto *dialog = m_view->findChild<ui::IncidentLinkDialog *>();
    QVERIFY(dialog);
    QVERIFY(!find<QPushButton>(dialog, QStringLiteral("incidentLink"))->isEnabled());
    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("incidentId")), QStringLiteral("INC-4711"));
    QTest::keyClicks(find<QPlainTextEdit>(dialog, QStringLiteral("incidentNote")), QStringLiteral("reported by finance"));
    QVERIFY(find<QPushButton>(dialog, QStringLiteral("incidentLink"))->isEnabled());
    find<QPushButton>(dialog, QStringLiteral("incidentLink"))->click();
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.at(0).at(1).toString(), QStringLiteral("INC-4711"));
    const auto links = m_fixture->store.incidentLinks(id);
    QVERIFY(links.ok());
    QCOMPARE(links.value().size(), 1);
    QCOMPARE(links.value().at(0).incidentId, QStringLiteral("INC-4711"));
    QCOMPARE(links.value().at(0).note, QStringLiteral("reported by finance"));

    // Opening it again lists the existing link.
    action(m_view.get(), QStringLiteral("addToIncidentAction"))->trigger();
    QTRY_VERIFY(m_view->findChildren<ui::IncidentLinkDialog *>().size() == 1);
    dialog = m_view->findChild<ui::IncidentLinkDialog *>();
    QCOMPARE(find<QTableWidget>(dialog, QStringLiteral("incidentLinks"))->rowCount(), 1);
    QCOMPARE(find<QTableWidget>(dialog, QStringLiteral("incidentLinks"))->item(0, 0)->text(), QStringLiteral("INC-4711"));
    QCOMPARE(
        find<QTableWidget>(dialog, QStringLiteral("incidentLinks"))->item(0, 2)->text(), QStringLiteral("reported by finance"));
    dialog->reject();
}

void TestMailDetailView::addToIncidentNeedsAnId()
{
    QVERIFY(m_view->showMail(ingest(MailStoreFixture::phishing().raw())));
    ui::IncidentLinkDialog *dialog = m_view->openIncidentLink();
    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("incidentId")), QStringLiteral("   "));
    QVERIFY(!find<QPushButton>(dialog, QStringLiteral("incidentLink"))->isEnabled());
    QVERIFY(!dialog->link());
    QVERIFY(find<QLabel>(dialog, QStringLiteral("incidentError"))->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fixture->store.incidentLinks(m_view->mailId()).value().size(), 0);
    dialog->reject();
}

void TestMailDetailView::copiesJson()
{
    const QString id = ingest(MailStoreFixture::phishing().raw());
    QVERIFY(m_view->showMail(id));
    action(m_view.get(), QStringLiteral("copyJsonAction"))->trigger();
    const QJsonObject json = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("cloud_soar_mail_id")).toString(), id);
    QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("Unusual sign-in activity"));
    QCOMPARE(json.value(QStringLiteral("attachments")).toArray().at(0).toObject().value(QStringLiteral("file_name")).toString(),
        QStringLiteral("invoice.pdf"));
}

void TestMailDetailView::unknownMailSaysSo()
{
    QVERIFY(!m_view->showMail(QStringLiteral("no-such-mail")));
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("mailDetailMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("This mail cannot be shown")), qPrintable(message->text()));
}

QTEST_MAIN(TestMailDetailView)
#include "tst_maildetailview.moc"
