#include "RegexRunValues.h"
#include "tools/RegexRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using soar::common::Error;
using soar::test::valuesOf;
using soar::tools::RegexMatch;
using soar::tools::RegexPreset;
using soar::tools::RegexRunner;
using soar::tools::RegexRunResult;

class TestRegexRunner : public QObject {
    Q_OBJECT

private slots:
    void uniqueMatchesWithCountAndFirstPosition()
    {
        const QString text = QStringLiteral("ip 10.0.0.1\nagain 10.0.0.1 and\n  192.168.0.9 10.0.0.1");
        const auto result = RegexRunner().runPreset(*RegexPreset::find(QStringLiteral("ip")), text);
        QCOMPARE(result.totalMatches, 4);
        QCOMPARE(result.matches.size(), 2);
        QCOMPARE(result.matches.at(0), (RegexMatch {QStringLiteral("10.0.0.1"), 3, 3, 1, 4}));
        QCOMPARE(result.matches.at(1), (RegexMatch {QStringLiteral("192.168.0.9"), 1, 33, 3, 3}));
    }

    void customPatternIsPythonStyle_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("{,n} is a quantifier") << QStringLiteral("ab{,2}c") << false << QStringLiteral("ac abbc ab{,2}c")
                                              << QStringList {QStringLiteral("ac"), QStringLiteral("abbc")};
        QTest::newRow("\\Z is the very end")
            << QStringLiteral("end\\Z") << false << QStringLiteral("the end\n") << QStringList {};
        QTest::newRow("case-insensitive flag") << QStringLiteral("invoice") << true << QStringLiteral("INVOICE Invoice")
                                               << QStringList {QStringLiteral("INVOICE"), QStringLiteral("Invoice")};
        QTest::newRow("named group (?P<x>)")
            << QStringLiteral("(?P<user>\\w+)@") << false << QStringLiteral("bob@x") << QStringList {QStringLiteral("bob@")};
        QTest::newRow("empty matches advance")
            << QStringLiteral("x*") << false << QStringLiteral("axxb") << QStringList {QString(), QStringLiteral("xx")};
    }

    void customPatternIsPythonStyle()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseInsensitive);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto result = RegexRunner().runCustom(pattern, text, caseInsensitive);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(valuesOf(result.value()), expected);
        QCOMPARE(result.value().pattern, pattern);
    }

    void badPatternNamesTheOffset_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("offset");
        QTest::newRow("unclosed group") << QStringLiteral("ab(c") << 4;
        QTest::newRow("unclosed class") << QStringLiteral("[a-") << 3;
        QTest::newRow("nothing to repeat") << QStringLiteral("a{,2}**") << 6;
        QTest::newRow("bad escape") << QStringLiteral("abc\\") << 4;
    }

    void badPatternNamesTheOffset()
    {
        QFETCH(QString, pattern);
        QFETCH(int, offset);
        const auto result = RegexRunner().runCustom(pattern, QStringLiteral("text"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
        QVERIFY2(result.error().message.contains(QStringLiteral("offset %1:").arg(offset)), qPrintable(result.error().message));
        QVERIFY(result.error().detail.endsWith(QString(offset, u' ') + u'^'));
    }

    void emptyPatternIsRejected()
    {
        const auto result = RegexRunner().compileCustom(QString());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("empty")));
    }

    void catastrophicPatternIsCutShort()
    {
        const QString text = QString(40, u'a') + u'!' + QStringLiteral(" aaa!");
        const auto result = RegexRunner().runCustom(QStringLiteral("(a+)+$"), text);
        QVERIFY(result.ok());
        QCOMPARE(result.value().cutShort, RegexRunResult::CutShort::BacktrackLimit);
        QVERIFY(!result.value().isComplete());
        QVERIFY(result.value().cutShortReason().contains(QStringLiteral("backtracks")));
    }

    void matchLimitIsReported()
    {
        RegexRunner::Limits limits;
        limits.maxMatches = 3;
        const auto result = RegexRunner(limits).runCustom(QStringLiteral("\\d"), QStringLiteral("1 2 3 4 5"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().totalMatches, 3);
        QCOMPARE(result.value().cutShort, RegexRunResult::CutShort::MatchLimit);
        const auto exact = RegexRunner(limits).runCustom(QStringLiteral("\\d"), QStringLiteral("1 2 3"));
        QVERIFY(exact.value().isComplete());
    }

    void timeBudgetIsReported()
    {
        RegexRunner::Limits limits;
        limits.timeBudget = std::chrono::milliseconds(0);
        const auto result = RegexRunner(limits).runCustom(QStringLiteral("a"), QStringLiteral("a a a"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().cutShort, RegexRunResult::CutShort::TimeBudget);
        QCOMPARE(result.value().totalMatches, 1);
    }

    void unpairedSurrogatesDoNotLookLikeBacktracking()
    {
        QString text = QStringLiteral("a 10.0.0.1 b");
        text[0] = QChar(0xD800); // a lone high surrogate, as in a damaged UTF-16 string
        const auto result = RegexRunner().runPreset(*RegexPreset::find(QStringLiteral("ip")), text);
        QVERIFY(result.isComplete());
        QCOMPARE(valuesOf(result), QStringList {QStringLiteral("10.0.0.1")});
        QCOMPARE(result.matches.at(0).column, 3);
    }

    void exportsJson()
    {
        const auto result = RegexRunner().runPreset(
            *RegexPreset::find(QStringLiteral("md5")), QStringLiteral("x d41d8cd98f00b204e9800998ecf8427e"));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("preset")).toString(), QStringLiteral("md5"));
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("totalMatches")).toInt(), 1);
        const QJsonObject first = json.value(QStringLiteral("matches")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    }

    void exportsInjectionSafeCsv()
    {
        const auto result = RegexRunner().runCustom(QStringLiteral("\\S+"), QStringLiteral("=HYPERLINK(\"x\") +1 -2 @SUM a,b"));
        QVERIFY(result.ok());
        const QString csv = result.value().toCsv();
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("value,count,line,column,offset"));
        QCOMPARE(lines.at(1), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",1,1,1,0"));
        QCOMPARE(lines.at(2), QStringLiteral("'+1,1,1,17,16"));
        QCOMPARE(lines.at(3), QStringLiteral("'-2,1,1,20,19"));
        QCOMPARE(lines.at(4), QStringLiteral("'@SUM,1,1,23,22"));
        QCOMPARE(lines.at(5), QStringLiteral("\"a,b\",1,1,28,27"));
    }
};

QTEST_GUILESS_MAIN(TestRegexRunner)
#include "tst_RegexRunner.moc"
