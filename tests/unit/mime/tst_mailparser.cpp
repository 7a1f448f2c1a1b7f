#include "mime/MailDefect.h"
#include "mime/MailParser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using soar::mime::Attachment;
using soar::mime::Mail;
using soar::mime::MailAddress;
using soar::mime::MailAddressList;
using soar::mime::MailDefect;
using soar::mime::MailHeader;
using soar::mime::MailParser;

Q_DECLARE_METATYPE(soar::mime::MailAddressList)
Q_DECLARE_METATYPE(soar::mime::Mail::AddressKind)

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SOAR_TEST_DATA_DIR "/mime/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", name);
    return file.readAll();
}

QByteArray simpleMail(const QByteArray &extraHeaders, const QByteArray &body = "body\n")
{
    return "From: a@example.test\nTo: b@example.test\n" + extraHeaders + "\n" + body;
}

// A mail with one attachment whose Content-Disposition header is given.
QByteArray mailWithDisposition(const QByteArray &disposition)
{
    return "From: a@example.test\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n"
           "--x\nContent-Type: text/plain\n\nhi\n"
           "--x\nContent-Type: application/octet-stream\n"
        + disposition + "\nContent-Transfer-Encoding: base64\n\nAAEC\n--x--\n";
}

// depth multiparts, each holding the next one; the innermost holds a text part.
QByteArray nestedMail(int depth)
{
    QByteArray head = "From: a@example.test\nSubject: deep\nMIME-Version: 1.0\n";
    QByteArray open;
    QByteArray close;
    for (int i = 0; i < depth; ++i) {
        const QByteArray boundary = "b" + QByteArray::number(i);
        open += "Content-Type: multipart/mixed; boundary=" + boundary + "\n\n--" + boundary + "\n";
        close.prepend("\n--" + boundary + "--\n");
    }
    return head + open + "Content-Type: text/plain\n\ninnermost text" + close;
}

bool hasDefect(const Mail &mail, const QString &kind)
{
    return std::any_of(
        mail.defects.cbegin(), mail.defects.cend(), [&kind](const QString &d) { return d.startsWith(kind + QLatin1Char(':')); });
}

bool hasDefectContaining(const Mail &mail, const QString &kind, const QString &text)
{
    for (const QString &d : mail.defects) {
        if (d.startsWith(kind + QLatin1Char(':')) && d.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestMailParser : public QObject {
    Q_OBJECT
private slots:
    void nestedMultipartEnvelope()
    {
        const Mail mail = MailParser::parse(readData("nested_multipart.eml"));
        QCOMPARE(mail.messageId, QStringLiteral("nested-1@example.test"));
        QCOMPARE(mail.date, QDateTime(QDate(2026, 3, 3), QTime(9, 14, 59), QTimeZone::utc()));
        QCOMPARE(mail.date.offsetFromUtc(), 3600);
        QCOMPARE(mail.subject, QStringLiteral("Quarterly report"));
        QCOMPARE(mail.rawSize, qint64(1923));
        QCOMPARE(mail.rawSha256, QStringLiteral("85659ab4a9d9fd2393fe1491d8df9e2c15ec24eef98128db778b4df733f50078"));
        QVERIFY2(mail.defects.isEmpty(), qPrintable(mail.defects.join(QLatin1Char('\n'))));
        QVERIFY(!mail.internalDate.isValid());
    }

    void validQuotedPrintableHasNoDefect()
    {
        // Soft breaks (CRLF, LF, one at the very end) and escapes in either case are all valid:
        // the encoding check must not cry wolf on them.
        const QByteArray head = "From: a@example.test\r\nSubject: qp\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        const Mail mail = MailParser::parse(head + "Soft =\r\nbreak, then Gr=C3=BC=c3=9Fe,=\n a =3D sign=");
        QVERIFY2(mail.defects.isEmpty(), qPrintable(mail.defects.join(QLatin1Char('\n'))));
        QCOMPARE(mail.textBody, QStringLiteral("Soft break, then Grüße, a = sign"));
        // Blanks between '=' and the line break are transport padding (RFC 2045 6.7), not a
        // broken escape, even though GMime keeps them in the text.
        const Mail padded = MailParser::parse(head + "blanks =  \r\nafter a soft break");
        QVERIFY2(padded.defects.isEmpty(), qPrintable(padded.defects.join(QLatin1Char('\n'))));
    }

    void nestedMultipartHeaders()
    {
        const Mail mail = MailParser::parse(readData("nested_multipart.eml"));
        QStringList names;
        for (const MailHeader &h : mail.headers)
            names << h.name;
        QCOMPARE(names,
            QStringList({"Return-Path", "Received", "Received", "Message-ID", "Date", "From", "Sender", "Reply-To", "To", "Cc",
                "Bcc", "Subject", "X-Custom", "X-Custom", "MIME-Version", "Content-Type"}));
        QCOMPARE(mail.headerValues(QStringLiteral("x-custom")), QStringList({"first", "second"}));
        QCOMPARE(mail.headerValues(QStringLiteral("FROM")).value(0), QStringLiteral("Alice Müller <alice@example.test>"));
        QCOMPARE(mail.headers.at(5).rawValue, QByteArray("=?UTF-8?Q?Alice_M=C3=BCller?= <alice@example.test>"));
        QCOMPARE(mail.headers.at(1).rawValue,
            QByteArray("from mx2.example.test (mx2.example.test [192.0.2.20])\n\tby mx1.example.test with ESMTPS id "
                       "42\n\tfor <bob@example.test>; Tue, 03 Mar 2026 10:15:02 +0100"));
        QCOMPARE(mail.receivedChain,
            QStringList({"from mx2.example.test (mx2.example.test [192.0.2.20])\tby mx1.example.test with ESMTPS id "
                         "42\tfor <bob@example.test>; Tue, 03 Mar 2026 10:15:02 +0100",
                "from laptop.example.test ([198.51.100.7])\tby mx2.example.test with ESMTPSA; Tue, 03 Mar "
                "2026 10:15:00 +0100"}));
    }

    void addresses_data()
    {
        QTest::addColumn<Mail::AddressKind>("kind");
        QTest::addColumn<MailAddressList>("expected");
        QTest::newRow("from") << Mail::AddressKind::From
                              << MailAddressList({{QStringLiteral("Alice Müller"), QStringLiteral("alice@example.test")}});
        QTest::newRow("sender") << Mail::AddressKind::Sender
                                << MailAddressList({{QStringLiteral("Mail Robot"), QStringLiteral("robot@example.test")}});
        QTest::newRow("reply-to") << Mail::AddressKind::ReplyTo
                                  << MailAddressList(
                                         {{QStringLiteral("Alice (replies)"), QStringLiteral("alice.replies@example.test")}});
        QTest::newRow("to") << Mail::AddressKind::To
                            << MailAddressList({{QStringLiteral("Bob"), QStringLiteral("bob@example.test")},
                                   {QString(), QStringLiteral("carol@example.test")}});
        QTest::newRow("cc group flattened") << Mail::AddressKind::Cc
                                            << MailAddressList({{QString(), QStringLiteral("dave@example.test")},
                                                   {QStringLiteral("Eve E."), QStringLiteral("eve@example.test")}});
        QTest::newRow("bcc") << Mail::AddressKind::Bcc << MailAddressList({{QString(), QStringLiteral("hidden@example.test")}});
    }

    void addresses()
    {
        QFETCH(Mail::AddressKind, kind);
        QFETCH(MailAddressList, expected);
        const Mail mail = MailParser::parse(readData("nested_multipart.eml"));
        QCOMPARE(mail.addresses(kind), expected);
    }

    void recipientsAndAddressStrings()
    {
        const Mail mail = MailParser::parse(readData("nested_multipart.eml"));
        QCOMPARE(mail.to.size() + mail.cc.size() + mail.bcc.size(), 5);
        QCOMPARE(mail.addressStrings(Mail::AddressKind::To), QStringList({"bob@example.test", "carol@example.test"}));
    }

    void nestedMultipartBodies()
    {
        const Mail mail = MailParser::parse(readData("nested_multipart.eml"));
        QCOMPARE(mail.textBody, QStringLiteral("Hello Bob,\nthe report is attached. Grüße"));
        QCOMPARE(mail.htmlBody,
            QStringLiteral("<html><body><p>Hello Bob,</p><p>Grüße <img src=\"cid:logo@example.test\" "
                           "alt=\"Logo\"></p></body></html>"));
        QCOMPARE(mail.bodyText(), mail.textBody);
    }

    void nestedMultipartAttachments()
    {
        const Mail mail = MailParser::parse(readData("nested_multipart.eml"));
        QCOMPARE(mail.attachments.size(), 2);
        QCOMPARE(mail.attachmentNames(), QStringList({"attachment-1.png", "report.pdf"}));

        const Attachment &image = mail.attachments.at(0);
        QCOMPARE(image.contentType, QStringLiteral("image/png"));
        QCOMPARE(image.contentId, QStringLiteral("logo@example.test"));
        QCOMPARE(image.disposition, Attachment::Disposition::Inline);
        QCOMPARE(image.size, qint64(71));
        QCOMPARE(image.md5, QStringLiteral("24eb0020ef2ab9e51d2e3914d70b79d7"));
        QCOMPARE(image.sha1, QStringLiteral("eaba0d74c94bfb77287a717ab7331b5b2bd0b6b0"));
        QCOMPARE(image.sha256, QStringLiteral("d3ea518ead85e616cdc99f7ea77e979267ad5255cb1306dabc4531ee58db95f1"));
        QVERIFY(image.data.startsWith("\x89PNG\r\n"));
        QVERIFY(!image.enclosed);

        const Attachment &pdf = mail.attachments.at(1);
        QCOMPARE(pdf.contentType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf.disposition, Attachment::Disposition::Attachment);
        QCOMPARE(pdf.contentId, QString());
        QCOMPARE(pdf.size, qint64(105));
        QCOMPARE(pdf.data.size(), 105);
        QCOMPARE(pdf.md5, QStringLiteral("d4ad83f3f6f5526816e8a6530c999bbf"));
        QCOMPARE(pdf.sha1, QStringLiteral("444b3a9718f73eaa691b553699ade73bebab3588"));
        QCOMPARE(pdf.sha256, QStringLiteral("442a2a19036114b83f50d0225f886039110445d77af9d386f844fd95d6aec71a"));
    }

    void rfc2047Subjects_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8 B") << QByteArray("=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4g4pyT?=") << QStringLiteral("Grüße aus Köln ✓");
        QTest::newRow("iso-8859-1 Q") << QByteArray("=?ISO-8859-1?Q?Caf=E9_cr=E8me?=") << QStringLiteral("Café crème");
        QTest::newRow("iso-2022-jp B") << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXDhsJE4lRiU5JUgbKEI=?=")
                                       << QStringLiteral("日本語のテスト");
        QTest::newRow("windows-1252 Q") << QByteArray("=?windows-1252?Q?=80_=93quoted=94?=") << QStringLiteral("€ “quoted”");
        QTest::newRow("koi8-r B") << QByteArray("=?KOI8-R?B?8NLJ18XUIM3J0g==?=") << QStringLiteral("Привет мир");
        QTest::newRow("adjacent words join")
            << QByteArray("=?UTF-8?Q?Hello_?= =?UTF-8?Q?W=C3=B6rld?=") << QStringLiteral("Hello Wörld");
        QTest::newRow("mixed with plain text")
            << QByteArray("Re: =?ISO-8859-1?Q?=C4rger?= again") << QStringLiteral("Re: Ärger again");
        QTest::newRow("folded") << QByteArray("=?UTF-8?Q?one?=\n =?UTF-8?Q?_two?=") << QStringLiteral("one two");
        QTest::newRow("plain") << QByteArray("Just ASCII") << QStringLiteral("Just ASCII");
    }

    void rfc2047Subjects()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        const Mail mail = MailParser::parse(simpleMail("Subject: " + header + "\n"));
        QCOMPARE(mail.subject, expected);
        QCOMPARE(mail.headerValues(QStringLiteral("Subject")).value(0), expected);
    }

    void rfc2231FileNames_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("Content-Disposition: attachment; filename=\"plain.txt\"")
                               << QStringLiteral("plain.txt");
        QTest::newRow("rfc2231 utf-8") << QByteArray("Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf")
                                       << QStringLiteral("€ rates.pdf");
        QTest::newRow("rfc2231 latin-1 with language")
            << QByteArray("Content-Disposition: attachment; filename*=iso-8859-1'de'M%FCnchen.txt")
            << QStringLiteral("München.txt");
        QTest::newRow("rfc2231 continuation") << QByteArray(
            "Content-Disposition: attachment;\n filename*0*=UTF-8''Gr%C3%BC;\n filename*1*=%C3%9Fe;\n "
            "filename*2=\".txt\"") << QStringLiteral("Grüße.txt");
        // "Счет на оплату.pdf" with its UTF-8 cut inside a character between segments, as
        // Cyrillic webmailers write long names.
        QTest::newRow("utf-8 sequence cut between segments")
            << QByteArray("Content-Disposition: attachment;\n filename*0*=utf-8''%D0%A1%D1%87%D0%B5%D1%82%20%D0;\n "
                          "filename*1*=%BD%D0%B0%20%D0%BE%D0%BF%D0%BB%D0%B0%D1%82%D1%83.pdf")
            << QStringLiteral("Счет на оплату.pdf");
        QTest::newRow("charset repeated in every segment") << QByteArray(
            "Content-Disposition: attachment;\n filename*0*=UTF-8''%D0%A1%D1%87%D0;\n "
            "filename*1*=UTF-8''%B5%D1%82.pdf") << QStringLiteral("Счет.pdf");
        QTest::newRow("segments out of order")
            << QByteArray("Content-Disposition: attachment;\n filename*1*=%B5%D1%82.pdf;\n filename*0*=UTF-8''%D0%A1%D1%87%D0")
            << QStringLiteral("Счет.pdf");
        QTest::newRow("utf-8 labelled latin-1 is not mojibake") << QByteArray(
            "Content-Disposition: attachment;\n filename*0*=iso-8859-1''%D0%A1%D1%87%D0;\n filename*1*=%B5%D1%82.pdf")
                                                                << QStringLiteral("Счет.pdf");
        QTest::newRow("koi8-r cut between segments")
            << QByteArray("Content-Disposition: attachment;\n filename*0*=koi8-r''%F3%DE;\n filename*1*=%C5%D4.pdf")
            << QStringLiteral("Счет.pdf");
        QTest::newRow("content-type name in segments")
            << QByteArray("Content-Type: application/pdf;\n name*0*=UTF-8''%D0%A1%D1%87%D0;\n name*1*=UTF-8''%B5%D1%82.pdf")
            << QStringLiteral("Счет.pdf");
        QTest::newRow("rfc2047 in parameter")
            << QByteArray("Content-Disposition: attachment; filename=\"=?UTF-8?B?w5xiZXJzaWNodC54bHN4?=\"")
            << QStringLiteral("Übersicht.xlsx");
        QTest::newRow("unix traversal") << QByteArray("Content-Disposition: attachment; filename=\"../../etc/passwd\"")
                                        << QStringLiteral("passwd");
        QTest::newRow("windows traversal") << QByteArray(
            "Content-Disposition: attachment; filename=\"..\\\\..\\\\Windows\\\\evil.exe\"")
                                           << QStringLiteral("evil.exe");
        QTest::newRow("traversal in rfc2231")
            << QByteArray("Content-Disposition: attachment; filename*=UTF-8''..%2F..%2Fhome%2F.bashrc")
            << QStringLiteral("bashrc");
        QTest::newRow("right-to-left override dropped")
            << QByteArray("Content-Disposition: attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe")
            << QStringLiteral("invoicefdp.exe");
        QTest::newRow("control characters dropped")
            << QByteArray("Content-Disposition: attachment; filename*=UTF-8''a%01b%0Ac.txt") << QStringLiteral("abc.txt");
        QTest::newRow("only dots") << QByteArray("Content-Disposition: attachment; filename=\"..\"")
                                   << QStringLiteral("attachment-1.bin");
        QTest::newRow("no name") << QByteArray("Content-Disposition: attachment") << QStringLiteral("attachment-1.bin");
        QTest::newRow("name from content-type")
            << QByteArray("Content-Type: application/zip; name=\"bundle.zip\"") << QStringLiteral("bundle.zip");
    }

    void rfc2231FileNames()
    {
        QFETCH(QByteArray, disposition);
        QFETCH(QString, expected);
        const Mail mail = MailParser::parse(mailWithDisposition(disposition));
        QCOMPARE(mail.attachments.size(), 1);
        QCOMPARE(mail.attachments.at(0).fileName, expected);
        QCOMPARE(mail.attachments.at(0).data, QByteArray("\x00\x01\x02", 3));
    }

    void brokenBase64()
    {
        const Mail mail = MailParser::parse(readData("broken_base64.eml"));
        QCOMPARE(mail.textBody, QStringLiteral("See attachment."));
        QCOMPARE(mail.attachmentNames(), QStringList({"data.bin", "short.bin"}));
        // GMime skips what is not base64; the bytes it could decode are kept.
        QCOMPARE(mail.attachments.at(0).data, QByteArray("Hello World"));
        QCOMPARE(mail.defects,
            QStringList({"bad base64: part 2: 3 characters outside the base64 alphabet",
                "bad base64: part 3: incomplete final group (9 base64 characters)"}));
        QVERIFY(hasDefect(mail, MailDefect::BadBase64));
        QVERIFY(!hasDefect(mail, MailDefect::ParseLimited));
    }

    void missingClosingBoundary()
    {
        const Mail mail = MailParser::parse(readData("missing_closing_boundary.eml"));
        QCOMPARE(mail.textBody, QStringLiteral("First part."));
        QCOMPARE(mail.attachmentNames(), QStringList({"notes.txt"}));
        QCOMPARE(mail.attachments.at(0).data, QByteArray("Second part, the mail ends here.\n"));
        QVERIFY2(hasDefect(mail, MailDefect::BadBoundary) || hasDefect(mail, MailDefect::Truncated),
            qPrintable(mail.defects.join(QLatin1Char('\n'))));
    }

    void deepNesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("limited");
        QTest::newRow("within default") << 50 << 100 << false;
        QTest::newRow("exactly the limit") << 5 << 5 << false;
        QTest::newRow("one past a small limit") << 6 << 5 << true;
        QTest::newRow("beyond default") << 150 << 100 << true;
        QTest::newRow("beyond GMime's own limit") << 3000 << 100 << true;
    }

    void deepNesting()
    {
        QFETCH(int, depth);
        QFETCH(int, maxDepth);
        QFETCH(bool, limited);
        MailParser::Limits limits;
        limits.maxDepth = maxDepth;
        const Mail mail = MailParser::parse(nestedMail(depth), limits);
        QCOMPARE(mail.subject, QStringLiteral("deep"));
        QCOMPARE(hasDefect(mail, MailDefect::ParseLimited), limited);
        QCOMPARE(mail.textBody, limited ? QString() : QStringLiteral("innermost text"));
        if (limited) {
            QVERIFY(hasDefectContaining(
                mail, MailDefect::ParseLimited, QStringLiteral("MIME nesting deeper than %1 levels").arg(maxDepth)));
        }
    }

    void tooManyParts()
    {
        QByteArray raw = "From: a@example.test\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=p\n\n";
        for (int i = 0; i < 20; ++i)
            raw += "--p\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=f"
                + QByteArray::number(i) + "\n\nx\n";
        raw += "--p--\n";
        MailParser::Limits limits;
        limits.maxParts = 10; // the multipart itself and 9 of its children
        const Mail mail = MailParser::parse(raw, limits);
        QCOMPARE(mail.attachments.size(), 9);
        QCOMPARE(mail.attachments.last().fileName, QStringLiteral("f8"));
        QCOMPARE(mail.defects, QStringList({"parse limited: more than 10 MIME parts; the rest were not read"}));
        QCOMPARE(MailParser::parse(raw).attachments.size(), 20);
    }

    void hugeHeaderLine_data()
    {
        QTest::addColumn<int>("valueBytes");
        QTest::addColumn<bool>("limited");
        QTest::newRow("10 MB fits the 10 MiB block") << 10'000'000 << false;
        QTest::newRow("11 MiB is cut") << 11 * 1024 * 1024 << true;
    }

    void hugeHeaderLine()
    {
        QFETCH(int, valueBytes);
        QFETCH(bool, limited);
        const QByteArray raw
            = "From: a@example.test\nX-Long: " + QByteArray(valueBytes, 'A') + "\nSubject: after the long line\n\nbody text\n";
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.subject, QStringLiteral("after the long line"));
        QCOMPARE(mail.textBody, QStringLiteral("body text\n"));
        QCOMPARE(hasDefect(mail, MailDefect::ParseLimited), limited);
        QCOMPARE(mail.headers.at(1).name, QStringLiteral("X-Long"));
        if (!limited) {
            QCOMPARE(mail.headers.size(), 3);
            QCOMPARE(mail.headers.at(1).rawValue.size(), valueBytes);
            QCOMPARE(mail.headers.at(1).decodedValue.size(), valueBytes);
        } else {
            // Block budget minus "From" + "a@example.test" minus the name "X-Long".
            const int room = 10 * 1024 * 1024 - 4 - 14 - 6;
            QCOMPARE(mail.headers.size(), 2);
            QCOMPARE(mail.headers.at(1).rawValue.size(), room);
            QCOMPARE(mail.defects,
                QStringList({QStringLiteral("parse limited: header block larger than 10485760 bytes: \"X-Long\" cut "
                                            "to %1 bytes, 1 later header(s) left out")
                                 .arg(room)}));
        }
    }

    // RFC 5322 allows these once; readers show the first, and a second From is a display-spoofing trick.
    void repeatedSingleHeadersShowTheFirst()
    {
        const QByteArray raw = "From: Helpdesk <helpdesk@example.test>\n"
                               "From: CEO <ceo@bank.example>\n"
                               "To: soc@example.test\n"
                               "To: attacker@evil.example\n"
                               "Subject: Your invoice\n"
                               "Subject: =?UTF-8?Q?Urgent:_pay_now?=\n"
                               "Date: Mon, 1 Jan 2024 10:00:00 +0000\n"
                               "Date: Tue, 2 Jan 2024 11:00:00 +0100\n"
                               "Message-ID: <first@example.test>\n"
                               "Message-ID: <second@example.test>\n"
                               "\nbody\n";
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.from, MailAddressList({{QStringLiteral("Helpdesk"), QStringLiteral("helpdesk@example.test")}}));
        QCOMPARE(mail.to, MailAddressList({{QString(), QStringLiteral("soc@example.test")}}));
        QCOMPARE(mail.subject, QStringLiteral("Your invoice"));
        QCOMPARE(mail.date, QDateTime(QDate(2024, 1, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(mail.messageId, QStringLiteral("first@example.test"));
        QCOMPARE(mail.defects,
            QStringList({QStringLiteral("duplicate header: 2 From headers; the first is shown"),
                QStringLiteral("duplicate header: 2 To headers; the first is shown"),
                QStringLiteral("duplicate header: 2 Date headers; the first is shown"),
                QStringLiteral("duplicate header: 2 Subject headers; the first is shown"),
                QStringLiteral("duplicate header: 2 Message-ID headers; the first is shown")}));
        QCOMPARE(mail.headers.size(), 10); // every header stays listed, in order
    }

    void repeatedHeaderCountsAndCase()
    {
        const Mail mail = MailParser::parse(simpleMail("from: x@evil.example\nFROM: y@evil.example\nReceived: a\nReceived: b\n"));
        QCOMPARE(mail.from, MailAddressList({{QString(), QStringLiteral("a@example.test")}}));
        QCOMPARE(mail.defects.join(QLatin1Char('|')), QStringLiteral("duplicate header: 3 From headers; the first is shown"));
        QCOMPARE(mail.receivedChain.size(), 2); // Received may repeat
    }

    void noMessageIdOrDate()
    {
        const Mail mail = MailParser::parse(readData("no_message_id_date.eml"));
        QCOMPARE(mail.messageId, QString());
        QVERIFY(!mail.date.isValid());
        QCOMPARE(mail.subject, QStringLiteral("no id, no date"));
        QCOMPARE(mail.textBody, QStringLiteral("Body without Message-ID or Date.\n"));
        QCOMPARE(mail.defects, QStringList());
    }

    void unparseableDate()
    {
        const Mail mail = MailParser::parse(readData("bad_date.eml"));
        QCOMPARE(mail.messageId, QStringLiteral("bad-date@example.test"));
        QVERIFY(!mail.date.isValid());
        QCOMPARE(mail.headerValues(QStringLiteral("Date")).value(0), QStringLiteral("the thirty-second of Smarch"));
    }

    void htmlOnly()
    {
        const Mail mail = MailParser::parse(readData("html_only.eml"));
        QCOMPARE(mail.textBody, QString());
        QVERIFY(mail.htmlBody.startsWith(QLatin1String("<!DOCTYPE html>")));
        QCOMPARE(mail.bodyText(),
            QStringLiteral("Dear customer,\n\nPlease verify your account <https://evil.example/login> & confirm.\n\n"
                           "Price: 10€ <today> ☺ A"));
        QCOMPARE(mail.attachments.size(), 0);
    }

    void enclosedMessage()
    {
        const Mail mail = MailParser::parse(readData("rfc822_attachment.eml"));
        QCOMPARE(mail.textBody, QStringLiteral("Reporting the attached mail."));
        QCOMPARE(mail.attachments.size(), 1);
        const Attachment &eml = mail.attachments.at(0);
        QCOMPARE(eml.fileName, QStringLiteral("suspicious.eml"));
        QCOMPARE(eml.contentType, QStringLiteral("message/rfc822"));
        QVERIFY(eml.enclosed);
        const Mail &inner = *eml.enclosed;
        QCOMPARE(inner.messageId, QStringLiteral("inner@example.test"));
        QCOMPARE(inner.subject, QStringLiteral("Urgent: Überweisung"));
        QCOMPARE(inner.from, MailAddressList({{QStringLiteral("Phisher"), QStringLiteral("ceo@evil.example")}}));
        QCOMPARE(inner.date, QDateTime(QDate(2026, 3, 2), QTime(16, 30), QTimeZone::utc()));
        QCOMPARE(inner.textBody, QStringLiteral("Please pay the invoice today."));
        QCOMPARE(inner.rawSize, qint64(eml.data.size()));
        QCOMPARE(inner.rawSha256, eml.sha256);
        QVERIFY(eml.data.startsWith("Message-ID: <inner@example.test>\n"));
        QCOMPARE(inner.attachments.size(), 1);
        const Attachment &exe = inner.attachments.at(0);
        QCOMPARE(exe.fileName, QStringLiteral("invoice.exe"));
        QCOMPARE(exe.size, qint64(12));
        QCOMPARE(exe.md5, QStringLiteral("7341d9e7b06513d23b1e38848f039c7b"));
        QCOMPARE(exe.sha1, QStringLiteral("efab59bbd92c24816dd1ea977384584c4180ee41"));
        QCOMPARE(exe.sha256, QStringLiteral("d930a77b4e5a6df96f8be687f754be90fa6da7939406d214814a80393847ce1b"));
        QCOMPARE(mail.attachmentNames(), QStringList({"suspicious.eml"}));
        QCOMPARE(mail.allAttachmentNames(), QStringList({"suspicious.eml", "invoice.exe"}));
    }

    void enclosedMessagesCountTowardDepth()
    {
        // An enclosed mail's body is one level below its message/rfc822 part.
        QByteArray raw = "Subject: level 0\n\ninnermost";
        for (int i = 1; i <= 10; ++i)
            raw = "Subject: level " + QByteArray::number(i) + "\nContent-Type: message/rfc822\n\n" + raw;
        MailParser::Limits limits;
        limits.maxDepth = 4;
        const Mail mail = MailParser::parse(raw, limits);
        QCOMPARE(mail.subject, QStringLiteral("level 10"));
        QVERIFY(hasDefect(mail, MailDefect::ParseLimited));
        int levels = 0;
        const Mail *current = &mail;
        while (!current->attachments.isEmpty() && current->attachments.at(0).enclosed) {
            current = current->attachments.at(0).enclosed.get();
            ++levels;
        }
        QCOMPARE(levels, 5);
        QCOMPARE(current->subject, QStringLiteral("level 5"));
        QCOMPARE(current->textBody, QString());
        QVERIFY(hasDefect(*current, MailDefect::ParseLimited));
    }

    void charsetBodies()
    {
        const Mail mail = MailParser::parse(readData("charsets_body.eml"));
        QCOMPARE(mail.textBody, QStringLiteral("Привет мир\nplain ascii in an unknown charset\n日本語"));
        QCOMPARE(mail.defects, QStringList({"unknown charset: part 2: \"x-unknown-zz\""}));
    }

    void headersOnly()
    {
        const QByteArray raw = readData("nested_multipart.eml");
        const QByteArray headerBlock = raw.left(raw.indexOf("\n\n") + 2);
        const Mail mail = MailParser::parseHeadersOnly(headerBlock);
        QCOMPARE(mail.messageId, QStringLiteral("nested-1@example.test"));
        QCOMPARE(mail.subject, QStringLiteral("Quarterly report"));
        QCOMPARE(mail.headers.size(), 16);
        QCOMPARE(mail.from.size(), 1);
        QCOMPARE(mail.textBody, QString());
        QCOMPARE(mail.attachments.size(), 0);
        QCOMPARE(mail.rawSize, qint64(headerBlock.size()));

        const Mail unterminated = MailParser::parseHeadersOnly("Subject: no blank line\nFrom: x@example.test");
        QCOMPARE(unterminated.subject, QStringLiteral("no blank line"));
        QCOMPARE(unterminated.from.at(0).address, QStringLiteral("x@example.test"));
    }

    void mailWithoutHeaderBlockIsReadAsBody()
    {
        const Mail mail = MailParser::parse("just some text without a colon\nand a second line\n");
        QCOMPARE(mail.textBody, QStringLiteral("just some text without a colon\nand a second line\n"));
        QCOMPARE(mail.headers.size(), 0);
        QCOMPARE(mail.defects,
            QStringList({"bad header: invalid header name \"just some text without a colon\" at byte 0",
                "malformed: no header block; the whole mail was read as its body"}));
    }

    void parsesOnManyThreadsAtOnce()
    {
        const QByteArray raw = readData("nested_multipart.eml");
        const Mail expected = MailParser::parse(raw);
        std::atomic<int> mismatches {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 25; ++i) {
                    const Mail mail = MailParser::parse(raw);
                    if (mail.textBody != expected.textBody || mail.attachmentNames() != expected.attachmentNames()
                        || mail.attachments.at(1).sha256 != expected.attachments.at(1).sha256)
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void internalDateIsTheCallers()
    {
        const QDateTime internal(QDate(2026, 3, 5), QTime(8, 0), QTimeZone::utc());
        const Mail mail = MailParser::parse(readData("no_message_id_date.eml"), {}, internal);
        QCOMPARE(mail.internalDate, internal);
    }

    void hostileInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("defects");
        QTest::newRow("empty") << QByteArray()
                               << QStringList({"malformed: no message could be read from 0 bytes; only the raw mail is kept"});
        QTest::newRow("one newline") << QByteArray("\n") << QStringList();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\r\n\r\n\x00", 9)
                                << QStringList({"bad header: invalid header name at byte 0",
                                       "malformed: no header block; the whole mail was read as its body"});
        QTest::newRow("multipart without boundary")
            << QByteArray("Content-Type: multipart/mixed\n\n--x\n\nbody\n")
            << QStringList({"bad boundary: multipart without a boundary parameter \"mixed\" at byte 0"});
        QTest::newRow("empty boundary") << QByteArray("Content-Type: multipart/mixed; boundary=\"\"\n\n--\n\n----\n")
                                        << QStringList();
        QTest::newRow("empty rfc822") << QByteArray("Content-Type: message/rfc822\n\n")
                                      << QStringList({"malformed: malformed message",
                                             "malformed: body: message/rfc822 part without a message"});
        QTest::newRow("header without value")
            << QByteArray("Subject:\nFrom:\nTo: ,,,\n\n") << QStringList({"bad header: invalid address list \",,,\" at byte 15"});
    }

    void hostileInputNeverCrashes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, defects);
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.defects, defects);
        QCOMPARE(mail.rawSize, qint64(raw.size()));
        QCOMPARE(mail.rawSha256.size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mailparser.moc"
