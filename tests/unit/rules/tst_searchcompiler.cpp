#include "SearchCommandText.h"
#include "rules/PlanDescription.h"
#include "rules/SearchCompiler.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using soar::rules::Checkpoint;
using soar::rules::FetchPlan;
using soar::rules::FetchType;
using soar::rules::FetchWindow;
using soar::rules::FilterSpec;
using soar::rules::PlanDescription;
using soar::rules::SearchCommandText;
using soar::rules::SearchCompiler;
using soar::rules::SearchNode;
using soar::rules::SearchToken;

using Settings = QMap<QString, QString>;
Q_DECLARE_METATYPE(Settings)
Q_DECLARE_METATYPE(FetchWindow)

namespace {

FilterSpec parsed(const Settings &settings)
{
    auto spec = FilterSpec::fromSettings(settings);
    if (!spec.ok())
        qFatal("bad test settings: %s", qPrintable(spec.error().message));
    return spec.value();
}

const FetchWindow unseen = FetchWindow::unseen();
const FetchWindow above42 = FetchWindow::uidsAbove(42);
const FetchWindow since = FetchWindow::sinceDate(QDate(2026, 11, 26));
const FetchWindow all = FetchWindow::all();

QString numbered(const QString &pattern, int count)
{
    QStringList values;
    for (int i = 0; i < count; ++i)
        values.append(pattern.arg(i));
    return values.join(QLatin1Char(','));
}

// How deep ORs nest in a criterion as the server reads it (prefix notation): OR a b is one
// level above its deeper operand. A key is an atom with its text arguments.
int orDepthOf(const QList<SearchToken> &tokens, qsizetype &pos)
{
    const SearchToken &t = tokens.at(pos++);
    if (t.kind == SearchToken::Kind::GroupOpen) {
        int deepest = 0;
        while (tokens.at(pos).kind != SearchToken::Kind::GroupClose)
            deepest = std::max(deepest, orDepthOf(tokens, pos));
        ++pos;
        return deepest;
    }
    if (t.kind == SearchToken::Kind::Atom && t.atom == "OR") {
        const int left = orDepthOf(tokens, pos);
        return 1 + std::max(left, orDepthOf(tokens, pos));
    }
    if (t.kind == SearchToken::Kind::Atom && t.atom == "NOT")
        return orDepthOf(tokens, pos);
    while (pos < tokens.size() && tokens.at(pos).kind == SearchToken::Kind::Text)
        ++pos;
    return 0;
}

int orDepth(const QList<SearchToken> &tokens)
{
    int deepest = 0;
    for (qsizetype pos = 0; pos < tokens.size();)
        deepest = std::max(deepest, orDepthOf(tokens, pos));
    return deepest;
}

} // namespace

class TestSearchCompiler : public QObject {
    Q_OBJECT
private slots:
    void compiles_data()
    {
        QTest::addColumn<FetchWindow>("window");
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<QByteArray>("command");

        // Window only.
        QTest::newRow("unseen") << unseen << Settings {} << QByteArray("UID SEARCH UNSEEN");
        // A closed range: GNU Mailutils answers "UID 43:*" with nothing.
        QTest::newRow("uids above 42") << above42 << Settings {} << QByteArray("UID SEARCH NOT UID 1:42");
        QTest::newRow("uids above 0") << FetchWindow::uidsAbove(0) << Settings {} << QByteArray("UID SEARCH ALL");
        QTest::newRow("uids above the largest uid")
            << FetchWindow::uidsAbove(4294967295u) << Settings {} << QByteArray("UID SEARCH NOT UID 1:4294967295");
        QTest::newRow("since") << since << Settings {} << QByteArray("UID SEARCH SINCE 26-Nov-2026");
        QTest::newRow("since single-digit day")
            << FetchWindow::sinceDate(QDate(2027, 1, 3)) << Settings {} << QByteArray("UID SEARCH SINCE 3-Jan-2027");
        QTest::newRow("all") << all << Settings {} << QByteArray("UID SEARCH ALL");

        // One field, OR trees.
        QTest::newRow("from one") << unseen << Settings {{"from", "sumologic.com"}}
                                  << QByteArray("UID SEARCH UNSEEN FROM \"sumologic.com\"");
        QTest::newRow("from two") << unseen << Settings {{"from", "sumologic.com, sales@x.com"}}
                                  << QByteArray("UID SEARCH UNSEEN OR FROM \"sumologic.com\" FROM \"sales@x.com\"");
        QTest::newRow("from three balanced")
            << unseen << Settings {{"from", "a.com,b.com,c.com"}}
            << QByteArray("UID SEARCH UNSEEN OR FROM \"a.com\" OR FROM \"b.com\" FROM \"c.com\"");
        QTest::newRow("from four balanced")
            << unseen << Settings {{"from", "a.com,b.com,c.com,d.com"}}
            << QByteArray("UID SEARCH UNSEEN OR OR FROM \"a.com\" FROM \"b.com\" OR FROM \"c.com\" FROM \"d.com\"");
        QTest::newRow("from five balanced")
            << unseen << Settings {{"from", "a.com,b.com,c.com,d.com,e.com"}}
            << QByteArray("UID SEARCH UNSEEN OR OR FROM \"a.com\" FROM \"b.com\" OR FROM \"c.com\" OR FROM \"d.com\" FROM "
                          "\"e.com\"");
        QTest::newRow("to covers cc") << unseen << Settings {{"to", "soc.x.com"}}
                                      << QByteArray("UID SEARCH UNSEEN OR TO \"soc.x.com\" CC \"soc.x.com\"");
        QTest::newRow("to two") << unseen << Settings {{"to", "a@x.com,b.com"}}
                                << QByteArray(
                                       "UID SEARCH UNSEEN OR OR TO \"a@x.com\" CC \"a@x.com\" OR TO \"b.com\" CC \"b.com\"");
        QTest::newRow("subject") << unseen << Settings {{"subject", "invoice"}}
                                 << QByteArray("UID SEARCH UNSEEN SUBJECT \"invoice\"");
        QTest::newRow("subject quoted comma")
            << unseen << Settings {{"subject", "\"Re: a, b\""}} << QByteArray("UID SEARCH UNSEEN SUBJECT \"Re: a, b\"");
        QTest::newRow("subject with a quote") << unseen << Settings {{"subject", "\"say \"\"hi\"\"\""}}
                                              << QByteArray("UID SEARCH UNSEEN SUBJECT \"say \\\"hi\\\"\"");
        QTest::newRow("subject with specials")
            << unseen << Settings {{"subject", "(50%) off*"}} << QByteArray("UID SEARCH UNSEEN SUBJECT \"(50%) off*\"");
        QTest::newRow("text body is TEXT") << unseen << Settings {{"textBody", "invoice.pdf"}}
                                           << QByteArray("UID SEARCH UNSEEN TEXT \"invoice.pdf\"");
        QTest::newRow("backslash escaped") << unseen << Settings {{"textBody", "C:\\temp"}}
                                           << QByteArray("UID SEARCH UNSEEN TEXT \"C:\\\\temp\"");
        QTest::newRow("header") << unseen << Settings {{"header", "Outlook"}, {"headerField", "X-Mailer"}}
                                << QByteArray("UID SEARCH UNSEEN HEADER \"X-Mailer\" \"Outlook\"");
        QTest::newRow("header two")
            << unseen << Settings {{"header", "Outlook,Thunderbird"}, {"headerField", "X-Mailer"}}
            << QByteArray("UID SEARCH UNSEEN OR HEADER \"X-Mailer\" \"Outlook\" HEADER \"X-Mailer\" \"Thunderbird\"");
        QTest::newRow("header name with atom-specials") << unseen << Settings {{"header", "v"}, {"headerField", "X-Weird(1)"}}
                                                        << QByteArray("UID SEARCH UNSEEN HEADER \"X-Weird(1)\" \"v\"");

        // Non-ASCII: CHARSET UTF-8 and literals.
        QTest::newRow("non-ascii subject") << unseen << Settings {{"subject", "Überweisung"}}
                                           << QByteArray("UID SEARCH CHARSET UTF-8 UNSEEN SUBJECT {12}\r\nÜberweisung");
        QTest::newRow("emoji body") << unseen << Settings {{"textBody", "😀"}}
                                    << QByteArray("UID SEARCH CHARSET UTF-8 UNSEEN TEXT {4}\r\n😀");
        QTest::newRow("non-ascii only in a pushed NOT")
            << unseen << Settings {{"notHeader", "çava"}, {"notHeaderField", "X-H"}}
            << QByteArray("UID SEARCH CHARSET UTF-8 UNSEEN NOT HEADER \"X-H\" {5}\r\nçava");
        QTest::newRow("non-ascii only in a client-only NOT")
            << unseen << Settings {{"notFrom", "müller@x.de"}} << QByteArray("UID SEARCH UNSEEN");

        // NOT filters.
        QTest::newRow("not subject one") << unseen << Settings {{"notSubject", "newsletter"}}
                                         << QByteArray("UID SEARCH UNSEEN NOT SUBJECT \"newsletter\"");
        QTest::newRow("not subject two") << unseen << Settings {{"notSubject", "a,b"}}
                                         << QByteArray("UID SEARCH UNSEEN NOT (OR SUBJECT \"a\" SUBJECT \"b\")");
        QTest::newRow("not subject two alone")
            << all << Settings {{"notSubject", "a,b"}} << QByteArray("UID SEARCH NOT (OR SUBJECT \"a\" SUBJECT \"b\")");
        QTest::newRow("not header") << unseen << Settings {{"notHeader", "YES"}, {"notHeaderField", "X-Spam-Flag"}}
                                    << QByteArray("UID SEARCH UNSEEN NOT HEADER \"X-Spam-Flag\" \"YES\"");
        QTest::newRow("not subject and not header")
            << unseen << Settings {{"notSubject", "a"}, {"notHeader", "b"}, {"notHeaderField", "X-H"}}
            << QByteArray("UID SEARCH UNSEEN NOT SUBJECT \"a\" NOT HEADER \"X-H\" \"b\"");
        QTest::newRow("not from is client-only")
            << unseen << Settings {{"notFrom", "sumologic.com"}} << QByteArray("UID SEARCH UNSEEN");
        QTest::newRow("not to is client-only")
            << above42 << Settings {{"notTo", "a@x.com"}} << QByteArray("UID SEARCH NOT UID 1:42");
        QTest::newRow("not text body is client-only")
            << all << Settings {{"notTextBody", "unsubscribe"}} << QByteArray("UID SEARCH ALL");
        QTest::newRow("to and not to") << unseen << Settings {{"to", "a.com"}, {"notTo", "b.a.com"}}
                                       << QByteArray("UID SEARCH UNSEEN OR TO \"a.com\" CC \"a.com\"");

        // Combined ANDs.
        QTest::newRow("from, subject, not subject")
            << unseen << Settings {{"from", "a.com"}, {"subject", "alert"}, {"notSubject", "newsletter"}}
            << QByteArray("UID SEARCH UNSEEN FROM \"a.com\" SUBJECT \"alert\" NOT SUBJECT \"newsletter\"");
        QTest::newRow("every field")
            << above42
            << Settings {{"from", "a.com"}, {"to", "b.com"}, {"subject", "s"}, {"textBody", "t"}, {"header", "h"},
                   {"headerField", "X-H"}}
            << QByteArray("UID SEARCH NOT UID 1:42 FROM \"a.com\" OR TO \"b.com\" CC \"b.com\" SUBJECT \"s\" TEXT \"t\" HEADER "
                          "\"X-H\" \"h\"");
        QTest::newRow("rescan with filters")
            << since << Settings {{"subject", "a,b"}, {"notSubject", "c"}}
            << QByteArray("UID SEARCH SINCE 26-Nov-2026 OR SUBJECT \"a\" SUBJECT \"b\" NOT SUBJECT \"c\"");
        QTest::newRow("all window with a filter")
            << all << Settings {{"from", "a.com"}} << QByteArray("UID SEARCH FROM \"a.com\"");
        QTest::newRow("all window with two ORs")
            << all << Settings {{"from", "a.com,b.com"}, {"subject", "x,y"}}
            << QByteArray("UID SEARCH OR FROM \"a.com\" FROM \"b.com\" OR SUBJECT \"x\" SUBJECT \"y\"");
    }

    void compiles()
    {
        QFETCH(FetchWindow, window);
        QFETCH(Settings, settings);
        QFETCH(QByteArray, command);
        const auto query = SearchCompiler::compile(parsed(settings), window);
        QCOMPARE(SearchCommandText::renderCommand(query), command);
    }

    void userTextIsNeverAnAtom()
    {
        const auto query = SearchCompiler::compile(parsed({{"header", "v"}, {"headerField", "X-H"}}), above42);
        const QList<SearchToken> expected {SearchToken::keyword("NOT"), SearchToken::keyword("UID"), SearchToken::keyword("1:42"),
            SearchToken::keyword("HEADER"), SearchToken::userText("X-H"), SearchToken::userText("v")};
        QCOMPARE(query.tokens(), expected);
    }

    void clientOnlyFiltersStayOffTheServer()
    {
        const auto query = SearchCompiler::compile(
            parsed({{"notFrom", "a.com"}, {"notTo", "b.com"}, {"notTextBody", "x"}, {"notSubject", "y"}}), unseen);
        QCOMPARE(SearchCommandText::renderCommand(query), QByteArray("UID SEARCH UNSEEN NOT SUBJECT \"y\""));
    }

    void attachmentNameScopeIsTheSearchWithoutText()
    {
        FetchPlan plan;
        plan.filters = parsed({{"from", "a.com"}, {"textBody", "invoice,payload"}, {"notSubject", "news"}});
        const auto scope = SearchCompiler::compileAttachmentNameScope(plan, 7);
        QVERIFY(scope.has_value());
        QCOMPARE(SearchCommandText::renderCommand(*scope), QByteArray("UID SEARCH UNSEEN FROM \"a.com\" NOT SUBJECT \"news\""));
        // The full search is the scope narrowed by TEXT, so the scope is always its superset.
        QCOMPARE(SearchCommandText::renderCommand(SearchCompiler::compile(plan, 7)),
            QByteArray("UID SEARCH UNSEEN FROM \"a.com\" OR TEXT \"invoice\" TEXT \"payload\" NOT SUBJECT \"news\""));

        plan.filters = parsed({{"from", "a.com"}, {"notTextBody", "x"}});
        QVERIFY(!SearchCompiler::compileAttachmentNameScope(plan, 7).has_value()); // no Text Body: nothing to add
    }

    void longListsStayShallow_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("leaves");
        QTest::addColumn<int>("depth");
        QTest::newRow("1000 from") << "from" << 1000 << 10; // ceil(log2 1000)
        QTest::newRow("1000 to, 2000 keys") << "to" << 2000 << 11;
        QTest::newRow("1000 subjects") << "subject" << 1000 << 10;
    }

    void longListsStayShallow()
    {
        QFETCH(QString, key);
        QFETCH(int, leaves);
        QFETCH(int, depth);
        const QString pattern = key == QLatin1String("subject") ? QStringLiteral("word %1") : QStringLiteral("d%1.example");
        const auto query = SearchCompiler::compile(parsed({{key, numbered(pattern, 1000)}}), all);
        QCOMPARE(orDepth(query.tokens()), depth);
        const QByteArray criteria = SearchCommandText::render(query.tokens());
        QCOMPARE(criteria.count("OR "), leaves - 1);
        QVERIFY(criteria.startsWith("OR OR OR "));
        QVERIFY(!criteria.contains('\r'));
    }

    void longNegatedListIsGroupedOnce()
    {
        const auto query = SearchCompiler::compile(parsed({{"notSubject", numbered(QStringLiteral("w%1"), 1000)}}), unseen);
        const QByteArray criteria = SearchCommandText::render(query.tokens());
        QVERIFY(criteria.startsWith("UNSEEN NOT (OR OR "));
        QVERIFY(criteria.endsWith("SUBJECT \"w999\")"));
        QCOMPARE(criteria.count('('), 1);
        QCOMPARE(orDepth(query.tokens()), 10); // NOT (10 levels of OR)
    }

    void windowFor_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("hasCheckpoint");
        QTest::addColumn<quint32>("mailboxUidValidity");
        QTest::addColumn<bool>("hasDate");
        QTest::addColumn<QByteArray>("command");
        const int unseenType = int(FetchType::Unseen);
        const int latest = int(FetchType::FromLatestStored);
        QTest::newRow("unseen ignores the checkpoint") << unseenType << true << 7u << true << QByteArray("UID SEARCH UNSEEN");
        QTest::newRow("first run of latest stored") << latest << false << 7u << false << QByteArray("UID SEARCH UNSEEN");
        QTest::newRow("same uidvalidity") << latest << true << 7u << true << QByteArray("UID SEARCH NOT UID 1:100");
        QTest::newRow("uidvalidity changed") << latest << true << 8u << true << QByteArray("UID SEARCH SINCE 26-Nov-2026");
        QTest::newRow("uidvalidity changed, no date") << latest << true << 8u << false << QByteArray("UID SEARCH ALL");
    }

    void windowFor()
    {
        QFETCH(int, type);
        QFETCH(bool, hasCheckpoint);
        QFETCH(quint32, mailboxUidValidity);
        QFETCH(bool, hasDate);
        QFETCH(QByteArray, command);
        FetchPlan plan;
        plan.type = FetchType(type);
        if (hasCheckpoint) {
            Checkpoint checkpoint {7, 100, {}};
            // 00:30 in UTC+2 is still the 26th in UTC: the window is one UTC day earlier.
            if (hasDate)
                checkpoint.newestStoredDate = QDateTime(QDate(2026, 11, 28), QTime(0, 30), QTimeZone(7200));
            plan.checkpoint = checkpoint;
        }
        QCOMPARE(SearchCommandText::renderCommand(SearchCompiler::compile(plan, mailboxUidValidity)), command);
        QCOMPARE(plan.windowFor(mailboxUidValidity).isRescan(),
            hasCheckpoint && type == int(FetchType::FromLatestStored) && mailboxUidValidity != 7u);
    }

    void describes_data()
    {
        QTest::addColumn<FetchWindow>("window");
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<QString>("description");
        QTest::newRow("nothing") << unseen << Settings {} << "unseen mail";
        QTest::newRow("from and not subject")
            << unseen << Settings {{"from", "sumologic.com, sales@x.com"}, {"notSubject", "newsletter"}}
            << "unseen mail FROM sumologic.com OR sales@x.com AND NOT SUBJECT 'newsletter'";
        QTest::newRow("every field")
            << above42
            << Settings {{"to", "soc.x.com"}, {"subject", "\"Re: a, b\""}, {"textBody", "invoice"}, {"header", "Outlook"},
                   {"headerField", "X-Mailer"}, {"notTextBody", "unsubscribe"}}
            << "mail with UID above 42 TO/CC soc.x.com AND SUBJECT 'Re: a, b' AND TEXT BODY 'invoice' AND HEADER X-Mailer "
               "'Outlook' AND NOT TEXT BODY 'unsubscribe'";
        QTest::newRow("rescan") << since << Settings {{"notFrom", "a.com"}}
                                << "mail since 26-Nov-2026 (rescan after a UIDVALIDITY change) NOT FROM a.com";
        QTest::newRow("rescan everything") << all << Settings {{"notHeader", "YES"}, {"notHeaderField", "X-Spam"}}
                                           << "all mail (rescan after a UIDVALIDITY change) NOT HEADER X-Spam 'YES'";
    }

    void describes()
    {
        QFETCH(FetchWindow, window);
        QFETCH(Settings, settings);
        QFETCH(QString, description);
        QCOMPARE(PlanDescription::describe(parsed(settings), window), description);
    }
};

QTEST_GUILESS_MAIN(TestSearchCompiler)
#include "tst_searchcompiler.moc"
