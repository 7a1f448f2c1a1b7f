#include "store/FullTextQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using soar::store::FullTextQuery;

class TestFullTextQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A scratch FTS5 table with the store's tokenizer proves the expressions are valid.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')")),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t(a) VALUES ('Invoice NEAR overdue from alice@example.test'),"
                                          " ('Grüße aus Köln'), ('phishing \"urgent\" report'), ('日本語 テスト')")));
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(QStringLiteral("fts")); }

    void expression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << QStringLiteral("invoice") << QStringLiteral("\"invoice\"*");
        QTest::newRow("two words") << QStringLiteral("  urgent   invoice ") << QStringLiteral("\"urgent\"* \"invoice\"*");
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("punctuation only") << QStringLiteral("* - \" ( ) ^ :") << QString();
        QTest::newRow("quote doubled") << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"*");
        QTest::newRow("operator is text") << QStringLiteral("a NEAR b") << QStringLiteral("\"a\"* \"NEAR\"* \"b\"*");
        QTest::newRow("column filter is text") << QStringLiteral("subject:x") << QStringLiteral("\"subject:x\"*");
        QTest::newRow("nul separates") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("\"a\"* \"b\"*");
        QTest::newRow("tab and newline separate") << QStringLiteral("a\tb\nc") << QStringLiteral("\"a\"* \"b\"* \"c\"*");
    }

    void expression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(FullTextQuery::matchExpression(text), expected);
    }

    void wholeWords()
    {
        QCOMPARE(FullTextQuery::matchExpression(QStringLiteral("phish"), FullTextQuery::Matching::WholeWords),
            QStringLiteral("\"phish\""));
        QCOMPARE(matches(QStringLiteral("phish"), FullTextQuery::Matching::WholeWords), 0);
        QCOMPARE(matches(QStringLiteral("phish"), FullTextQuery::Matching::Prefix), 1);
    }

    void hostileInputRunsAndMatchesAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("lone quote") << QStringLiteral("\"") << -1;
        QTest::newRow("unbalanced quote") << QStringLiteral("\"urgent") << 1;
        QTest::newRow("quoted word") << QStringLiteral("\"urgent\"") << 1;
        QTest::newRow("star") << QStringLiteral("*") << -1;
        QTest::newRow("leading star is not a wildcard") << QStringLiteral("*voice") << 0;
        QTest::newRow("trailing star") << QStringLiteral("invoice*") << 1;
        QTest::newRow("NEAR group") << QStringLiteral("NEAR(invoice overdue)") << 0;
        QTest::newRow("NEAR word") << QStringLiteral("near") << 1;
        QTest::newRow("minus") << QStringLiteral("-invoice") << 1;
        QTest::newRow("AND OR NOT") << QStringLiteral("AND OR NOT") << 0;
        QTest::newRow("trailing OR") << QStringLiteral("invoice OR") << 0;
        QTest::newRow("parentheses") << QStringLiteral("(invoice") << 1;
        QTest::newRow("caret") << QStringLiteral("^invoice") << 1;
        QTest::newRow("column filter") << QStringLiteral("a:invoice") << 0;
        QTest::newRow("sql injection") << QStringLiteral("'); DROP TABLE t; --") << 0;
        QTest::newRow("address") << QStringLiteral("alice@example.test") << 1;
        QTest::newRow("diacritics folded") << QStringLiteral("KOLN") << 1;
        QTest::newRow("umlaut") << QStringLiteral("Grüße") << 1;
        QTest::newRow("japanese") << QStringLiteral("日本語") << 1;
        QTest::newRow("emoji") << QStringLiteral("🎣 invoice") << 1;
        QTest::newRow("nul character") << QStringLiteral("aus") + QChar(0) + QStringLiteral("koln") << 1;
        QTest::newRow("control characters only") << QString(QChar(0)) + QChar(7) << -1;
    }

    void hostileInputRunsAndMatchesAsText()
    {
        QFETCH(QString, text);
        QFETCH(int, expected); // -1: no searchable word, so no expression at all
        if (expected < 0) {
            QVERIFY(FullTextQuery::matchExpression(text).isEmpty());
            return;
        }
        QCOMPARE(matches(text, FullTextQuery::Matching::Prefix), expected);
    }

private:
    static int matches(const QString &text, FullTextQuery::Matching matching)
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("fts")));
        query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
        query.addBindValue(FullTextQuery::matchExpression(text, matching));
        if (!query.exec() || !query.next()) {
            qWarning("FTS5 rejected %s: %s", qPrintable(text), qPrintable(query.lastError().text()));
            return -100;
        }
        return query.value(0).toInt();
    }
};

QTEST_GUILESS_MAIN(TestFullTextQuery)
#include "tst_fulltextquery.moc"
