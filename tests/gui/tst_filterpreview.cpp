// The one-line preview under the pre-filters says in words what will be fetched.
#include "FilterPreview.h"

#include <QTest>

using namespace soar;
using settings::FetchType;
using settings::FilterSettings;

Q_DECLARE_METATYPE(FilterSettings)

class TestFilterPreview : public QObject {
    Q_OBJECT
private slots:
    void describes_data();
    void describes();
};

void TestFilterPreview::describes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<FilterSettings>("filters");
    QTest::addColumn<QString>("expected");

    FilterSettings none;
    QTest::newRow("no filters") << int(FetchType::Unseen) << none << "unseen mail (no pre-filters: every such mail is fetched)";

    FilterSettings product;
    product.from = QStringLiteral("sumologic.com, sales@x.com");
    product.notSubject = QStringLiteral("newsletter");
    QTest::newRow("product example") << int(FetchType::Unseen) << product
                                     << "unseen mail from sumologic.com OR sales@x.com AND NOT subject 'newsletter'";

    FilterSettings latest;
    latest.subject = QStringLiteral("phishing report, suspicious");
    QTest::newRow("fetch from latest") << int(FetchType::Latest) << latest
                                       << "mail newer than the latest stored one subject 'phishing report' OR 'suspicious'";

    FilterSettings blanks;
    blanks.to = QStringLiteral(" , soc@example.test ,, ");
    QTest::newRow("empty values are ignored") << int(FetchType::Unseen) << blanks << "unseen mail to soc@example.test";

    FilterSettings header;
    header.header = QStringLiteral("bot");
    header.headerField = QStringLiteral("X-Mailer");
    header.notHeader = QStringLiteral("bulk");
    header.notHeaderField = QStringLiteral("Precedence");
    header.notTextBody = QStringLiteral("unsubscribe");
    QTest::newRow("headers and body")
        << int(FetchType::Unseen) << header
        << "unseen mail header X-Mailer 'bot' AND NOT body 'unsubscribe' AND NOT header Precedence 'bulk'";

    FilterSettings missingName;
    missingName.header = QStringLiteral("x");
    QTest::newRow("header without field name")
        << int(FetchType::Unseen) << missingName << "unseen mail header (no field chosen) 'x'";

    FilterSettings quotes;
    quotes.subject = QStringLiteral("Your \"invoice\" is ready, \"Re: a, b\"");
    QTest::newRow("quotes as the fetch rules read them")
        << int(FetchType::Unseen) << quotes << "unseen mail subject 'Your \"invoice\" is ready' OR 'Re: a, b'";

    FilterSettings unclosed;
    unclosed.notSubject = QStringLiteral("\"Re: a, b");
    QTest::newRow("unclosed quote is named")
        << int(FetchType::Unseen) << unclosed
        << "unseen mail NOT [subject: the quote at position 1 is never closed; close it, or write a quote inside a quoted "
           "value as \"\"]";

    FilterSettings all;
    all.from = QStringLiteral("a.com");
    all.to = QStringLiteral("b@c.com");
    all.textBody = QStringLiteral("invoice");
    all.notFrom = QStringLiteral("noreply@a.com");
    all.notTo = QStringLiteral("archive@c.com");
    QTest::newRow("everything AND-ed")
        << int(FetchType::Unseen) << all
        << "unseen mail from a.com AND to b@c.com AND body 'invoice' AND NOT from noreply@a.com AND NOT to archive@c.com";
}

void TestFilterPreview::describes()
{
    QFETCH(int, type);
    QFETCH(FilterSettings, filters);
    QFETCH(QString, expected);
    QCOMPARE(ui::FilterPreview::describe(FetchType(type), filters), expected);
}

QTEST_MAIN(TestFilterPreview)
#include "tst_filterpreview.moc"
