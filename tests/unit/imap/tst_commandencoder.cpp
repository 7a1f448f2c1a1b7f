#include "imap/parser/CommandEncoder.h"

#include <QTest>

using namespace soar::imap;

Q_DECLARE_METATYPE(soar::imap::Argument)
Q_DECLARE_METATYPE(soar::imap::CommandEncoder::Form)

Q_DECLARE_METATYPE(QList<soar::imap::Argument>)

class TestCommandEncoder : public QObject {
    Q_OBJECT
private slots:
    void formByContent_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<CommandEncoder::Form>("form");
        QTest::newRow("plain word") << QByteArray("INBOX") << CommandEncoder::Form::Atom;
        QTest::newRow("address") << QByteArray("alice@example.com") << CommandEncoder::Form::Atom;
        QTest::newRow("empty") << QByteArray() << CommandEncoder::Form::Quoted;
        QTest::newRow("space") << QByteArray("two words") << CommandEncoder::Form::Quoted;
        QTest::newRow("quote") << QByteArray("say \"hi\"") << CommandEncoder::Form::Quoted;
        QTest::newRow("wildcard") << QByteArray("a*") << CommandEncoder::Form::Quoted;
        QTest::newRow("bracket") << QByteArray("[SPAM]") << CommandEncoder::Form::Quoted;
        QTest::newRow("non-ascii") << QStringLiteral("Grüße").toUtf8() << CommandEncoder::Form::Literal;
        QTest::newRow("crlf") << QByteArray("a\r\nb") << CommandEncoder::Form::Literal;
        QTest::newRow("long") << QByteArray(1001, 'a') << CommandEncoder::Form::Literal;
    }

    void formByContent()
    {
        QFETCH(QByteArray, text);
        QFETCH(CommandEncoder::Form, form);
        QCOMPARE(CommandEncoder::formFor(text), form);
    }

    void encodes_data()
    {
        QTest::addColumn<bool>("literalPlus");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QList<Argument>>("args");
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArray>("log");

        QTest::newRow("login atoms") << false << QByteArray("LOGIN")
                                     << QList<Argument> {Argument::text(QStringLiteral("alice")),
                                            Argument::secret(QStringLiteral("s3cret"))}
                                     << QByteArrayList {"a1 LOGIN alice s3cret\r\n"} << QByteArray("a1 LOGIN alice <redacted>");
        QTest::newRow("login quoted password with quote and backslash")
            << false << QByteArray("LOGIN")
            << QList<Argument> {Argument::text(QStringLiteral("alice")), Argument::secret(QStringLiteral("p\"w\\d x"))}
            << QByteArrayList {"a1 LOGIN alice \"p\\\"w\\\\d x\"\r\n"} << QByteArray("a1 LOGIN alice <redacted>");
        QTest::newRow("login non-ascii password, synchronizing literal")
            << false << QByteArray("LOGIN")
            << QList<Argument> {Argument::text(QStringLiteral("alice")), Argument::secret(QStringLiteral("pässword"))}
            << QByteArrayList {"a1 LOGIN alice {9}\r\n", "pässword\r\n"} << QByteArray("a1 LOGIN alice <redacted>");
        QTest::newRow("search with literal+") << true << QByteArray("UID SEARCH")
                                              << QList<Argument> {Argument::keyword("CHARSET"), Argument::keyword("UTF-8"),
                                                     Argument::keyword("SUBJECT"), Argument::text(QStringLiteral("Rechnung für"))}
                                              << QByteArrayList {"a1 UID SEARCH CHARSET UTF-8 SUBJECT {13+}\r\nRechnung für\r\n"}
                                              << QByteArray("a1 UID SEARCH CHARSET UTF-8 SUBJECT {13+} \"Rechnung für\"");
        QTest::newRow("nested search list") << false << QByteArray("UID SEARCH")
                                            << QList<Argument> {Argument::keyword("OR"),
                                                   Argument::list(
                                                       {Argument::keyword("FROM"), Argument::text(QStringLiteral("a\"b"))}),
                                                   Argument::list({Argument::keyword("NOT"), Argument::keyword("SEEN")})}
                                            << QByteArrayList {"a1 UID SEARCH OR (FROM \"a\\\"b\") (NOT SEEN)\r\n"}
                                            << QByteArray("a1 UID SEARCH OR (FROM \"a\\\"b\") (NOT SEEN)");
        QTest::newRow("fetch with sequence set")
            << false << QByteArray("UID FETCH")
            << QList<Argument> {Argument::sequenceSet(QList<quint32> {5, 1, 2, 3, 9, 10}),
                   Argument::list({Argument::keyword("UID"), Argument::keyword("BODY.PEEK[]")})}
            << QByteArrayList {"a1 UID FETCH 1:3,5,9:10 (UID BODY.PEEK[])\r\n"}
            << QByteArray("a1 UID FETCH 1:3,5,9:10 (UID BODY.PEEK[])");
        QTest::newRow("mailbox modified utf-7")
            << false << QByteArray("SELECT") << QList<Argument> {Argument::mailbox(QStringLiteral("Ärger & Co"))}
            << QByteArrayList {"a1 SELECT \"&AMQ-rger &- Co\"\r\n"} << QByteArray("a1 SELECT \"&AMQ-rger &- Co\"");
    }

    void encodes()
    {
        QFETCH(bool, literalPlus);
        QFETCH(QByteArray, name);
        QFETCH(QList<Argument>, args);
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArray, log);
        CommandEncoder encoder(
            literalPlus ? CommandEncoder::Literals::NonSynchronizing : CommandEncoder::Literals::Synchronizing);
        const auto encoded = encoder.encode("a1", name, args);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded.value().chunks, chunks);
        QCOMPARE(encoded.value().logLine, log);
    }

    void literalMinusOnlyForSmallLiterals()
    {
        CommandEncoder encoder(CommandEncoder::Literals::NonSynchronizingUpTo4K);
        const auto small = encoder.encode("a1", "X", {Argument::text(QStringLiteral("a\nb"))});
        QCOMPARE(small.value().chunks, QByteArrayList {"a1 X {3+}\r\na\nb\r\n"});
        const QString big = QString(4999, QLatin1Char('x')) + QLatin1Char('\n');
        const auto large = encoder.encode("a1", "X", {Argument::text(big)});
        QCOMPARE(large.value().chunks.size(), 2);
        QCOMPARE(large.value().chunks.first(), QByteArray("a1 X {5000}\r\n"));
    }

    void refusesNul()
    {
        CommandEncoder encoder;
        const auto encoded = encoder.encode("a1", "LOGIN", {Argument::text(QString::fromLatin1("al\0ice", 6))});
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().kind, soar::common::Error::Kind::Config);
        QVERIFY(encoded.error().message.contains(QLatin1String("NUL")));
    }

    void refusesControlCharactersInKeywords()
    {
        CommandEncoder encoder;
        QVERIFY(!encoder.encode("a1", "X", {Argument::keyword("SEEN\r\nA2 LOGOUT")}).ok());
        QVERIFY(!encoder.encode("a1", "X", {Argument::keyword({})}).ok());
    }

    void utf8Detection()
    {
        QVERIFY(!Argument::list({Argument::keyword("FROM"), Argument::text(QStringLiteral("bob"))}).needsUtf8());
        QVERIFY(Argument::list({Argument::list({Argument::text(QStringLiteral("Müller"))})}).needsUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCommandEncoder)
#include "tst_commandencoder.moc"
