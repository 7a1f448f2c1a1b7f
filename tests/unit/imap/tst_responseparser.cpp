#include "imap/parser/ResponseDecoder.h"
#include "imap/parser/ResponseParser.h"

#include <QTest>

using namespace soar::imap;

Q_DECLARE_METATYPE(soar::imap::Response)
Q_DECLARE_METATYPE(QList<soar::imap::Response>)

namespace {

QList<Response> parseWhole(const QByteArray &bytes, qint64 limit = ResponseParser::kDefaultMaxMessageSize)
{
    ResponseParser parser(limit);
    parser.feed(bytes);
    QList<Response> out;
    while (auto r = parser.next())
        out.append(*r);
    return out;
}

QList<Response> parseByteByByte(const QByteArray &bytes, qint64 limit = ResponseParser::kDefaultMaxMessageSize)
{
    ResponseParser parser(limit);
    QList<Response> out;
    for (char c : bytes) {
        parser.feed(QByteArray(1, c));
        while (auto r = parser.next())
            out.append(*r);
    }
    return out;
}

StateResponse state(QByteArray tag, Status status, QByteArray text, ResponseCode code = {})
{
    return StateResponse {std::move(tag), status, std::move(code), std::move(text)};
}

ResponseCode code(ResponseCode::Kind kind, QByteArray name, quint64 number = 0, QByteArrayList list = {}, QByteArray arg = {})
{
    return ResponseCode {kind, std::move(name), number, std::move(list), std::move(arg)};
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

FetchResponse fetch(quint32 seq)
{
    FetchResponse f;
    f.sequence = seq;
    return f;
}

QString describeMismatch(const Response &actual, int index)
{
    QString out = QStringLiteral("response %1 differs (variant index %2)").arg(index).arg(actual.index());
    if (const auto *error = std::get_if<ProtocolError>(&actual))
        out += QStringLiteral(": ") + error->reason;
    return out;
}

} // namespace

class TestResponseParser : public QObject {
    Q_OBJECT
private slots:
    void typedResponses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<Response>>("expected");
        using K = ResponseCode::Kind;

        // RFC 3501 section 8 / RFC 9051 examples.
        QTest::newRow("greeting with capability code")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE STARTTLS "
                          "AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n")
            << QList<Response> {state({}, Status::Ok, "Dovecot (Debian) ready.",
                   code(K::Capability, "CAPABILITY", 0,
                       {"IMAP4REV1", "LITERAL+", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "STARTTLS", "AUTH=PLAIN",
                           "AUTH=LOGIN"}))};
        QTest::newRow("preauth") << QByteArray("* PREAUTH IMAP4rev1 server logged in as Smith\r\n")
                                 << QList<Response> {state({}, Status::Preauth, "IMAP4rev1 server logged in as Smith")};
        QTest::newRow("bye") << QByteArray("* BYE Autologout; idle for too long\r\n")
                             << QList<Response> {state({}, Status::Bye, "Autologout; idle for too long")};
        QTest::newRow("alert") << QByteArray("* OK [ALERT] System shutdown in 10 minutes\r\n")
                               << QList<Response> {
                                      state({}, Status::Ok, "System shutdown in 10 minutes", code(K::Alert, "ALERT"))};
        QTest::newRow("tagged ok read-write")
            << QByteArray("A142 OK [READ-WRITE] SELECT completed\r\n")
            << QList<Response> {state("A142", Status::Ok, "SELECT completed", code(K::ReadWrite, "READ-WRITE"))};
        QTest::newRow("tagged no trycreate")
            << QByteArray("A003 NO [TRYCREATE] No such mailbox\r\n")
            << QList<Response> {state("A003", Status::No, "No such mailbox", code(K::TryCreate, "TRYCREATE"))};
        QTest::newRow("tagged bad without text") << QByteArray("a9 BAD\r\n") << QList<Response> {state("a9", Status::Bad, {})};
        QTest::newRow("auth failed dovecot") << QByteArray("a2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
                                             << QList<Response> {state("a2", Status::No, "Authentication failed.",
                                                    code(K::AuthenticationFailed, "AUTHENTICATIONFAILED"))};
        QTest::newRow("select untagged set")
            << QByteArray("* 172 EXISTS\r\n* 1 RECENT\r\n* OK [UNSEEN 12] Message 12 is first unseen\r\n"
                          "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n* OK [UIDNEXT 4392] Predicted next UID\r\n"
                          "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                          "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n"
                          "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n")
            << QList<Response> {ExistsResponse {172}, RecentResponse {1},
                   state({}, Status::Ok, "Message 12 is first unseen", code(K::Unseen, "UNSEEN", 12)),
                   state({}, Status::Ok, "UIDs valid", code(K::UidValidity, "UIDVALIDITY", 3857529045u)),
                   state({}, Status::Ok, "Predicted next UID", code(K::UidNext, "UIDNEXT", 4392)),
                   FlagsResponse {{"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"}},
                   state({}, Status::Ok, "Limited", code(K::PermanentFlags, "PERMANENTFLAGS", 0, {"\\Deleted", "\\Seen", "\\*"})),
                   state({}, Status::Ok, "Highest", code(K::HighestModSeq, "HIGHESTMODSEQ", 715194045007ULL))};
        QTest::newRow("copyuid code kept raw") << QByteArray("a5 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n")
                                               << QList<Response> {state("a5", Status::Ok, "Done",
                                                      code(K::CopyUid, "COPYUID", 0, {}, "38505 304,319:320 3956:3958"))};
        QTest::newRow("continuation") << QByteArray("+ Ready for additional command text\r\n")
                                      << QList<Response> {ContinuationResponse {"Ready for additional command text"}};
        QTest::newRow("empty continuation") << QByteArray("+\r\n") << QList<Response> {ContinuationResponse {}};
        QTest::newRow("capability") << QByteArray("* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\n")
                                    << QList<Response> {
                                           CapabilityResponse {{"IMAP4REV1", "STARTTLS", "AUTH=GSSAPI", "LOGINDISABLED"}}};
        QTest::newRow("gmail capability") << QByteArray(
            "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR "
            "AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER\r\n")
                                          << QList<Response> {CapabilityResponse {{"IMAP4REV1", "UNSELECT", "IDLE", "NAMESPACE",
                                                 "QUOTA", "ID", "XLIST", "CHILDREN", "X-GM-EXT-1", "XYZZY", "SASL-IR",
                                                 "AUTH=XOAUTH2", "AUTH=PLAIN", "AUTH=PLAIN-CLIENTTOKEN", "AUTH=OAUTHBEARER"}}};
        QTest::newRow("search") << QByteArray("* SEARCH 2 84 882\r\n") << QList<Response> {SearchResponse {{2, 84, 882}, {}}};
        QTest::newRow("search empty") << QByteArray("* SEARCH\r\n") << QList<Response> {SearchResponse {}};
        QTest::newRow("search trailing space (exchange)")
            << QByteArray("* SEARCH 5 \r\n") << QList<Response> {SearchResponse {{5}, {}}};
        QTest::newRow("search modseq") << QByteArray("* SEARCH 2 5 6 (MODSEQ 917162500)\r\n")
                                       << QList<Response> {SearchResponse {{2, 5, 6}, 917162500ULL}};
        {
            ESearchResponse e;
            e.tag = "A285";
            e.uid = true;
            e.all = {2, 10, 11, 12};
            e.min = 2;
            e.count = 4;
            QTest::newRow("esearch") << QByteArray("* ESEARCH (TAG \"A285\") UID MIN 2 ALL 2,10:12 COUNT 4\r\n")
                                     << QList<Response> {e};
            ESearchResponse none;
            none.tag = "a3";
            none.uid = true;
            QTest::newRow("esearch no match") << QByteArray("* ESEARCH (TAG \"a3\") UID\r\n") << QList<Response> {none};
        }
        QTest::newRow("expunge") << QByteArray("* 3 EXPUNGE\r\n") << QList<Response> {ExpungeResponse {3}};
        QTest::newRow("list") << QByteArray(
            "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n* LIST (\\HasNoChildren \\Trash) \"/\" \"Trash\"\r\n"
            "* LIST () NIL \"&AMQ-rger/Gr&APw-n\"\r\n* LSUB () \".\" #news.comp.mail.misc\r\n")
                              << QList<Response> {ListResponse {{"\\Noselect"}, "/", QStringLiteral("~/Mail/foo"), false},
                                     ListResponse {{"\\HasNoChildren", "\\Trash"}, "/", QStringLiteral("Trash"), false},
                                     ListResponse {{}, {}, QStringLiteral("Ärger/Grün"), false},
                                     ListResponse {{}, ".", QStringLiteral("#news.comp.mail.misc"), true}};
        QTest::newRow("list literal name") << QByteArray("* LIST () \"/\" {7}\r\nfoo bar\r\n")
                                           << QList<Response> {ListResponse {{}, "/", QStringLiteral("foo bar"), false}};
        QTest::newRow("status") << QByteArray("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n")
                                << QList<Response> {
                                       StatusResponse {QStringLiteral("blurdybloop"), {{"MESSAGES", 231}, {"UIDNEXT", 44292}}}};
        {
            FetchResponse f = fetch(12);
            f.uid = 4827313;
            f.flags = QByteArrayList {"\\Seen", "$Forwarded"};
            f.rfc822Size = 44827;
            f.internalDate = utc(1996, 7, 17, 9, 44, 25);
            f.sections["BODY[]"] = "Subject: hi\r\n\r\nbody\r\n";
            QTest::newRow("fetch with literal")
                << QByteArray("* 12 FETCH (UID 4827313 FLAGS (\\Seen $Forwarded) RFC822.SIZE 44827 "
                              "INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] {21}\r\nSubject: hi\r\n\r\nbody\r\n)\r\n")
                << QList<Response> {f};
        }
        {
            FetchResponse f = fetch(1);
            f.uid = 7;
            f.sections["BODY[HEADER.FIELDS (FROM SUBJECT)]"] = "From: a@b\r\n\r\n";
            f.internalDate = utc(2024, 3, 5, 8, 0, 1);
            QTest::newRow("fetch header fields (dovecot)") << QByteArray(
                "* 1 FETCH (UID 7 INTERNALDATE \" 5-Mar-2024 09:00:01 +0100\" BODY[HEADER.FIELDS (FROM SUBJECT)] {13}\r\n"
                "From: a@b\r\n\r\n)\r\n") << QList<Response> {f};
        }
        {
            FetchResponse f = fetch(2);
            f.sections["BODY[]<0>"] = {};
            f.sections.clear();
            f.sections["BODY[]"] = "abc";
            f.uid = 9;
            f.modSeq = 624140003;
            QTest::newRow("fetch quoted body, partial origin, modseq (gmail order)")
                << QByteArray("* 2 FETCH (BODY[]<0> \"abc\" UID 9 MODSEQ (624140003))\r\n") << QList<Response> {f};
        }
        {
            FetchResponse f = fetch(3);
            f.sections["BODY[]"] = {};
            f.bodyStructure = "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92)";
            f.structure = BodyStructure {"text", "plain", {{"charset", "US-ASCII"}}, {}, {}, {}};
            f.envelope = "(\"date\" \"subj\" NIL NIL NIL NIL NIL NIL NIL NIL)";
            QTest::newRow("fetch NIL body, bodystructure, envelope kept raw") << QByteArray(
                "* 3 FETCH (BODY[] NIL BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92) "
                "ENVELOPE (\"date\" \"subj\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n")
                                                                              << QList<Response> {f};
        }
        {
            // Attachment names as servers send them: RFC 2047 in "name", RFC 2231 in "filename*",
            // a literal, and a forwarded mail with its own parts; kept raw (decoding is the MIME
            // module's), parameter and type names lower-cased.
            const QByteArray structure
                = "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 5 1 NIL NIL NIL NIL)"
                  "(\"APPLICATION\" \"PDF\" (\"NAME\" \"=?utf-8?B?UmVjaG51bmc=?=.pdf\") NIL NIL \"base64\" 4 NIL "
                  "(\"ATTACHMENT\" (\"filename*\" \"utf-8''R%C3%BCck.pdf\")) NIL NIL)"
                  "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 100 (\"date\" \"subj\" NIL NIL NIL NIL NIL NIL NIL "
                  "NIL) (\"application\" \"zip\" (\"name\" {7}\r\npay.zip) NIL NIL \"base64\" 4 NIL "
                  "(\"attachment\" NIL) NIL NIL) 3 NIL (\"attachment\" (\"filename\" \"fw.eml\")) NIL NIL) "
                  "\"mixed\" (\"boundary\" \"b\") NIL NIL NIL)";
            FetchResponse f = fetch(6);
            f.uid = 3;
            f.bodyStructure = structure;
            f.bodyStructure.replace("{7}\r\npay.zip", "{7}\r\n"); // the raw text keeps the marker, not the literal
            const BodyStructure zip {"application", "zip", {{"name", "pay.zip"}}, "attachment", {}, {}};
            f.structure = BodyStructure {"multipart", "mixed", {{"boundary", "b"}}, {}, {},
                {BodyStructure {"text", "plain", {{"charset", "utf-8"}}, {}, {}, {}},
                    BodyStructure {"application", "pdf", {{"name", "=?utf-8?B?UmVjaG51bmc=?=.pdf"}}, "attachment",
                        {{"filename*", "utf-8''R%C3%BCck.pdf"}}, {}},
                    BodyStructure {"message", "rfc822", {}, "attachment", {{"filename", "fw.eml"}}, {zip}}}};
            QTest::newRow("fetch bodystructure read into parts")
                << QByteArray("* 6 FETCH (UID 3 BODYSTRUCTURE " + structure + ")\r\n") << QList<Response> {f};
        }
        {
            FetchResponse f = fetch(7);
            f.uid = 4;
            f.bodyStructure = "(\"text\")";
            QTest::newRow("fetch bodystructure too odd to read: raw only, the fetch still parses")
                << QByteArray("* 7 FETCH (BODYSTRUCTURE (\"text\") UID 4)\r\n") << QList<Response> {f};
        }
        {
            FetchResponse f = fetch(4);
            f.sections["BINARY[]"] = QByteArray("a\0b", 3);
            QTest::newRow("literal8") << QByteArray("* 4 FETCH (BINARY[] ~{3}\r\na\0b)\r\n", 32) << QList<Response> {f};
        }
        {
            FetchResponse f = fetch(5);
            f.flags = QByteArrayList {};
            f.uid = 1;
            QTest::newRow("fetch quoted escapes ignored item x-gm-labels")
                << QByteArray("* 5 FETCH (X-GM-LABELS (\"\\\\Important\" \"a \\\"q\\\"\") FLAGS () UID 1)\r\n")
                << QList<Response> {f};
        }
        QTest::newRow("other untagged") << QByteArray("* ENABLED UTF8=ACCEPT\r\n")
                                        << QList<Response> {OtherResponse {"ENABLED", "UTF8=ACCEPT"}};
        QTest::newRow("bare LF tolerated") << QByteArray("* 4 EXISTS\n") << QList<Response> {ExistsResponse {4}};
        QTest::newRow("exchange ok with bracket in text")
            << QByteArray("* OK The Microsoft Exchange IMAP4 service is ready. [TQBOADAAUABSADAAMQBDAEEAMAAwADAAMQAuAA==]\r\n")
            << QList<Response> {state(
                   {}, Status::Ok, "The Microsoft Exchange IMAP4 service is ready. [TQBOADAAUABSADAAMQBDAEEAMAAwADAAMQAuAA==]")};
    }

    void typedResponses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Response>, expected);
        for (const auto &actual : {parseWhole(input), parseByteByByte(input)}) {
            QCOMPARE(actual.size(), expected.size());
            for (int i = 0; i < actual.size(); ++i)
                QVERIFY2(actual.at(i) == expected.at(i), qPrintable(describeMismatch(actual.at(i), i)));
        }
    }

    void garbageBecomesProtocolError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("random text") << QByteArray("hello world\r\n");
        QTest::newRow("tagged bye") << QByteArray("a1 BYE no\r\n");
        QTest::newRow("unterminated quote") << QByteArray("* LIST () \"/ foo\r\n");
        QTest::newRow("bad fetch") << QByteArray("* 1 FETCH (UID x)\r\n");
        QTest::newRow("unbalanced list") << QByteArray("* 1 FETCH (BODYSTRUCTURE ((\"a\")\r\n");
        QTest::newRow("deep nesting") << QByteArray("* 1 FETCH (BODY ") + QByteArray(500, '(') + QByteArray(500, ')') + ")\r\n";
        QTest::newRow("binary junk") << QByteArray("\x01\x02\xff\xfe\r\n");
        QTest::newRow("huge number") << QByteArray("* 99999999999999999999 EXISTS\r\n");
        QTest::newRow("bad internaldate") << QByteArray("* 1 FETCH (INTERNALDATE \"yesterday\")\r\n");
        QTest::newRow("empty line") << QByteArray("\r\n");
    }

    void garbageBecomesProtocolError()
    {
        QFETCH(QByteArray, input);
        // The garbage line is reported, and the next line still parses.
        const QByteArray stream = input + "* 2 EXISTS\r\n";
        for (const auto &actual : {parseWhole(stream), parseByteByByte(stream)}) {
            QCOMPARE(actual.size(), 2);
            QVERIFY(std::holds_alternative<ProtocolError>(actual.at(0)));
            QVERIFY(!std::get<ProtocolError>(actual.at(0)).reason.isEmpty());
            QVERIFY(actual.at(1) == Response(ExistsResponse {2}));
        }
    }

    void oversizedLiteralIsDiscardedPerMessage()
    {
        const QByteArray big(1000, 'x');
        const QByteArray stream = "* 1 FETCH (UID 10 BODY[] {1000}\r\n" + big + ")\r\n* 2 FETCH (UID 11 BODY[] {3}\r\nabc)\r\n";
        for (const auto &actual : {parseWhole(stream, 100), parseByteByByte(stream, 100)}) {
            QCOMPARE(actual.size(), 2);
            FetchResponse first = fetch(1);
            first.uid = 10;
            first.oversizedSections = {"BODY[]"};
            QVERIFY(actual.at(0) == Response(first));
            FetchResponse second = fetch(2);
            second.uid = 11;
            second.sections["BODY[]"] = "abc";
            QVERIFY(actual.at(1) == Response(second));
        }
    }

    void oversizedLiteralIsNotBuffered()
    {
        ResponseParser parser(1024);
        parser.feed("* 1 FETCH (UID 1 BODY[] {10000000}\r\n");
        QVERIFY(!parser.next());
        const QByteArray chunk(64 * 1024, 'y');
        qint64 sent = 0;
        while (sent + chunk.size() <= 10000000) {
            parser.feed(chunk);
            QVERIFY(!parser.next());
            sent += chunk.size();
        }
        parser.feed(QByteArray(int(10000000 - sent), 'y') + ")\r\n");
        const auto r = parser.next();
        QVERIFY(r);
        QCOMPARE(std::get<FetchResponse>(*r).oversizedSections, QByteArrayList {"BODY[]"});
    }

    void largeLiteralArrivesInManyChunks()
    {
        QByteArray body;
        for (int i = 0; i < 200000; ++i)
            body += char('a' + i % 26);
        const QByteArray stream = "* 7 FETCH (BODY[] {" + QByteArray::number(body.size()) + "}\r\n" + body + " UID 3)\r\n";
        ResponseParser parser;
        QList<Response> out;
        for (qsizetype i = 0; i < stream.size(); i += 997) {
            parser.feed(stream.mid(i, 997));
            while (auto r = parser.next())
                out.append(*r);
        }
        QCOMPARE(out.size(), 1);
        const auto &f = std::get<FetchResponse>(out.first());
        QCOMPARE(f.sections.at("BODY[]"), body);
        QCOMPARE(f.uid, std::optional<quint32>(3));
    }

    void lineTooLongIsAnErrorAndParsingContinues()
    {
        ResponseParser parser;
        const QByteArray chunk(1024 * 1024, 'z');
        for (int i = 0; i < 16; ++i) {
            parser.feed(chunk);
            QVERIFY(!parser.next());
        }
        // The error comes as soon as the limit is crossed, not when the line finally ends.
        parser.feed(chunk);
        auto first = parser.next();
        QVERIFY(first && std::holds_alternative<ProtocolError>(*first));
        parser.feed(chunk);
        QVERIFY(!parser.next());
        parser.feed("\r\n* 1 EXISTS\r\n");
        auto second = parser.next();
        QVERIFY(second && *second == Response(ExistsResponse {1}));
    }

    void resetDropsBufferedBytes()
    {
        ResponseParser parser;
        parser.feed("a1 OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n");
        auto first = parser.next();
        QVERIFY(first && std::get<StateResponse>(*first).tag == "a1");
        parser.reset();
        QVERIFY(!parser.next());
    }

    void sequenceSets()
    {
        QCOMPARE(ResponseDecoder::expandSequenceSet("1:3,7,10:9"), (QList<quint32> {1, 2, 3, 7, 9, 10}));
        QVERIFY(ResponseDecoder::expandSequenceSet("1:4294967295", 1000).isEmpty());
        QVERIFY(ResponseDecoder::expandSequenceSet("0").isEmpty());
        QVERIFY(ResponseDecoder::expandSequenceSet("a").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
