// The worker-thread parser of the fetch cycle: every mail comes back once, in the order it was
// handed over, with its exact-check verdict, also when the in-flight allowance is tiny and
// submit() has to wait for the worker.
#include "TestMail.h"
#include "daemon/ParsePipeline.h"
#include "rules/FetchPlan.h"

#include <QSignalSpy>
#include <QTest>

using soar::daemon::ParsePipeline;
using soar::test::TestMail;

Q_DECLARE_METATYPE(ParsePipeline::Parsed)

namespace {

soar::rules::ClientMatcher matcherFor(const QString &subjectFilter)
{
    soar::rules::FetchPlan plan;
    plan.type = soar::rules::FetchType::FromLatestStored; // no UNSEEN window: only the filter decides
    if (!subjectFilter.isEmpty())
        plan.filters = soar::rules::FilterSpec::fromSettings({{QStringLiteral("subject"), subjectFilter}}).value();
    return soar::rules::ClientMatcher(plan, 1);
}

soar::rules::ClientMatcher textBodyMatcher(const QString &value)
{
    soar::rules::FetchPlan plan;
    plan.type = soar::rules::FetchType::FromLatestStored;
    plan.filters = soar::rules::FilterSpec::fromSettings({{QStringLiteral("textBody"), value}}).value();
    return soar::rules::ClientMatcher(plan, 1);
}

ParsePipeline::Options options(qint64 maxBytesInFlight)
{
    ParsePipeline::Options o;
    o.origin = {QStringLiteral("soc"), QStringLiteral("INBOX"), 42, 0, {}};
    o.maxBytesInFlight = maxBytesInFlight;
    return o;
}

} // namespace

class TestParsePipeline : public QObject {
    Q_OBJECT
private slots:
    void resultsKeepTheirOrderUnderBackPressure()
    {
        // 1 KiB allowance: nearly every submit() waits for the worker to make room.
        ParsePipeline pipeline(matcherFor(QStringLiteral("report")), options(1024));
        QList<quint32> uids;
        QList<bool> accepted;
        connect(&pipeline, &ParsePipeline::parsed, this, [&](const ParsePipeline::Parsed &p) {
            uids << p.job.uid;
            accepted << (p.outcome.verdict == soar::rules::ClientMatcher::Verdict::Accept);
            // Accepted mails arrive ready for the store; no bodies are kept beyond that.
            QCOMPARE(p.incoming.uid, accepted.last() ? p.job.uid : 0u);
            if (accepted.last()) {
                QCOMPARE(p.incoming.uidValidity, 42u);
                QCOMPARE(p.incoming.resource, QStringLiteral("soc"));
                QCOMPARE(p.incoming.rawSha256, p.mail.rawSha256);
            }
            QVERIFY(p.mail.textBody.isEmpty());
            QCOMPARE(p.mail.subject,
                p.job.uid % 3 == 0 ? QStringLiteral("Phishing report %1").arg(p.job.uid)
                                   : QStringLiteral("Newsletter %1").arg(p.job.uid));
        });
        QSignalSpy drained(&pipeline, &ParsePipeline::drained);
        constexpr quint32 kMails = 200;
        for (quint32 uid = 1; uid <= kMails; ++uid) {
            const QString subject
                = uid % 3 == 0 ? QStringLiteral("Phishing report %1").arg(uid) : QStringLiteral("Newsletter %1").arg(uid);
            pipeline.submit({uid, TestMail().subject(subject).body(QString(300, QLatin1Char('x'))).raw(), {}, false, {}});
        }
        QVERIFY(!pipeline.isIdle() || uids.size() == int(kMails));
        QTRY_COMPARE(uids.size(), int(kMails));
        // drained() may also fire in between, whenever the worker had caught up completely.
        QTRY_VERIFY(drained.count() >= 1);
        QVERIFY(pipeline.isIdle());
        for (quint32 uid = 1; uid <= kMails; ++uid) {
            QCOMPARE(uids.at(int(uid) - 1), uid);
            QCOMPARE(accepted.at(int(uid) - 1), uid % 3 == 0);
        }
    }

    void theHtmlPartIsReadWhereAFilterOrTheIndexNeedsIt()
    {
        const auto parseOne = [](soar::rules::ClientMatcher matcher, const QByteArray &raw) {
            ParsePipeline pipeline(std::move(matcher), options(1024 * 1024));
            QSignalSpy parsed(&pipeline, &ParsePipeline::parsed);
            pipeline.submit({1, raw, {}, false, {}});
            if (!parsed.wait(5000))
                qFatal("the mail never came back from the parser");
            return parsed.first().first().value<ParsePipeline::Parsed>();
        };
        using Verdict = soar::rules::ClientMatcher::Verdict;
        // Text Body looks at the HTML part's text too (the value is only there) ...
        const QString html = QStringLiteral("<p>Please approve the <b>wire&nbsp;transfer</b> today</p>");
        ParsePipeline::Parsed p
            = parseOne(textBodyMatcher(QStringLiteral("wire transfer")), TestMail().body(QStringLiteral("Hi.")).html(html).raw());
        QCOMPARE(p.outcome.verdict, Verdict::Accept);
        // ... while the store indexes the plain part, as without a filter.
        QCOMPARE(QString::fromUtf8(p.incoming.bodyTextUtf8).trimmed(), QStringLiteral("Hi."));

        p = parseOne(textBodyMatcher(QStringLiteral("invoice")), TestMail().body(QStringLiteral("Hi.")).html(html).raw());
        QCOMPARE(p.outcome.verdict, Verdict::Reject);
        QVERIFY2(p.outcome.reason.startsWith(QLatin1String("Text Body matches none of")), qPrintable(p.outcome.reason));

        // No filter: an HTML-only mail is indexed by its text, a mail with a plain part by that.
        p = parseOne(matcherFor({}), TestMail().body({}).html(html).raw());
        QCOMPARE(p.outcome.verdict, Verdict::Accept);
        QVERIFY2(QString::fromUtf8(p.incoming.bodyTextUtf8).contains(QStringLiteral("Please approve the wire transfer today")),
            p.incoming.bodyTextUtf8.constData());
        p = parseOne(matcherFor({}), TestMail().body(QStringLiteral("Plain words")).html(html).raw());
        QCOMPARE(QString::fromUtf8(p.incoming.bodyTextUtf8).trimmed(), QStringLiteral("Plain words"));
    }

    void aMailLargerThanTheAllowanceStillPasses()
    {
        ParsePipeline::Options whole = options(16);
        whole.keepWholeMail = true; // as in a dry run
        ParsePipeline pipeline(matcherFor({}), whole);
        QSignalSpy parsed(&pipeline, &ParsePipeline::parsed);
        pipeline.submit({7, TestMail().body(QString(5000, QLatin1Char('y'))).raw(), {}, true, {QStringLiteral("\\Seen")}});
        QVERIFY(parsed.wait(10000));
        const auto result = parsed.first().first().value<ParsePipeline::Parsed>();
        QCOMPARE(result.job.uid, 7u);
        QVERIFY(result.job.seen);
        QVERIFY(result.mail.bodyText().contains(QLatin1String("yyyy")));
    }

    void destroyingItWithWorkOutstandingIsSafe()
    {
        auto pipeline = std::make_unique<ParsePipeline>(matcherFor({}), options(1024 * 1024));
        int delivered = 0;
        connect(pipeline.get(), &ParsePipeline::parsed, this, [&delivered] { ++delivered; });
        for (quint32 uid = 1; uid <= 50; ++uid)
            pipeline->submit({uid, TestMail().raw(), {}, false, {}});
        pipeline.reset(); // waits for the worker; its queued results go with the object
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0); // nothing reached a pipeline that no longer exists
    }
};

QTEST_GUILESS_MAIN(TestParsePipeline)
#include "tst_parsepipeline.moc"
