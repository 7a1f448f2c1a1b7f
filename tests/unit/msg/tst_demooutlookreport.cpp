// The demo's Outlook report is the project's own work: resources/demo/ holds exactly what
// DemoOutlookReport (MsgWriter) writes, and the .msg in it reads as a realistic reported phish.
#include "DemoOutlookReport.h"
#include "msg/OutlookMessageReader.h"

#include <QFile>
#include <QTest>

using soar::msg::OutlookMessage;
using soar::msg::OutlookMessageReader;
using soar::test::DemoOutlookReport;

class TestDemoOutlookReport : public QObject {
    Q_OBJECT
private slots:
    void resourceIsTheGeneratedReport()
    {
        QFile file(QStringLiteral(SOAR_TEST_DATA_DIR "/../../resources/demo/03-forwarded-msg-shared-document.eml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == DemoOutlookReport::eml(),
            "resources/demo/03-forwarded-msg-shared-document.eml differs from what DemoOutlookReport writes; "
            "regenerate it with build/test/tests/make-demo-outlook-report");
    }

    void generationIsDeterministic() { QCOMPARE(DemoOutlookReport::msg(), DemoOutlookReport::msg()); }

    void msgReadsAsTheReportedMail()
    {
        const auto read = OutlookMessageReader().read(DemoOutlookReport::msg());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const OutlookMessage &m = read.value();
        QCOMPARE(m.messageClass, QStringLiteral("IPM.Note"));
        QCOMPARE(m.subject, QStringLiteral("Anna, Piotr Zielinski shared \"Q1 2026 salary review.xlsx\" with you"));
        QCOMPARE(m.senderName, QStringLiteral("SharePoint Online"));
        QCOMPARE(m.senderEmail, QStringLiteral("no-reply@sharepoint-online.example.net"));
        QCOMPARE(m.recipients.size(), 1);
        QCOMPARE(m.recipients.at(0).email, QStringLiteral("a.nowak@example.com"));
        QVERIFY(m.body.contains(QStringLiteral("https://docs-share-login.example.net/view?id=77f3")));
        QVERIFY(m.htmlText.contains(QStringLiteral("href=\"https://docs-share-login.example.net/view?id=77f3\"")));
        QVERIFY(m.transportHeaders.contains(QStringLiteral("spf=fail")));
        QCOMPARE(m.internetMessageId, QStringLiteral("<0f7c2e91.5d3a.4b1e@sharepoint-online.example.net>"));
        QCOMPARE(m.submitTime, QDateTime(QDate(2026, 3, 2), QTime(8, 47, 12), Qt::UTC));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.at(0).longFileName, QStringLiteral("Q1 2026 salary review - preview.htm"));
        QVERIFY(m.attachments.at(0).data.contains("docs-share-login.example.net/auth"));
    }
};

QTEST_GUILESS_MAIN(TestDemoOutlookReport)
#include "tst_demooutlookreport.moc"
