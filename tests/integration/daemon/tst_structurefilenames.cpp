// The attachment names read from a real server's BODYSTRUCTURE (StructureFileNames) are the
// names the mail parser gives the downloaded mail, on each server of the rig: encoded names,
// fallback names, sanitized names, forwarded mails. The Text Body check before download relies
// on it: a name it missed would be a mail never fetched.
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "daemon/StructureFileNames.h"
#include "imap/parser/ResponseParser.h"
#include "mime/MailParser.h"

#include <QTest>

using namespace soar;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;

namespace {

const QString kFolder = QStringLiteral("StructureNames");

QByteArray multipart(const QByteArray &parts)
{
    return "From: a@example.test\r\nTo: soc@example.test\r\nSubject: names\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"
        + parts + "--b1--\r\n";
}

QByteArray part(const QByteArray &headers, const QByteArray &body = "QUJD")
{
    return "--b1\r\n" + headers + "\r\n" + body + "\r\n";
}

} // namespace

class TestStructureFileNames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void namesMatchTheParsedMail_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("names");
        const QList<std::tuple<const char *, QByteArray, QStringList>> mails {
            {"disposition filename",
                multipart(part("Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"invoice.pdf\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n")),
                {"invoice.pdf"}},
            {"content-type name only",
                multipart(part("Content-Type: application/zip; name=\"payload.zip\"\r\nContent-Transfer-Encoding: base64\r\n")),
                {"payload.zip"}},
            {"rfc 2231 continuation",
                multipart(part("Content-Type: application/pdf\r\nContent-Disposition: attachment;\r\n"
                               " filename*0*=UTF-8''R%C3%BCck; filename*1*=zahlung%20M%C3%A4rz.pdf\r\n"
                               "Content-Transfer-Encoding: base64\r\n")),
                {QStringLiteral("Rückzahlung März.pdf")}},
            {"rfc 2047 word",
                multipart(part("Content-Type: application/vnd.ms-excel\r\nContent-Disposition: attachment;\r\n"
                               " filename=\"=?UTF-8?B?w5xiZXJ3ZWlzdW5nLnhsc3g=?=\"\r\nContent-Transfer-Encoding: base64\r\n")),
                {QStringLiteral("Überweisung.xlsx")}},
            {"unnamed parts get fallback names",
                multipart(part("Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n")
                    + part("Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n")
                    + part("Content-Type: text/plain\r\nContent-Disposition: attachment\r\n", "notes")),
                {"attachment-1.bin", "attachment-2.pdf", "attachment-3.txt"}},
            {"sanitized path and bidi override",
                multipart(part("Content-Type: application/octet-stream\r\nContent-Disposition: attachment;\r\n"
                               " filename=\"../../etc/passwd\"\r\nContent-Transfer-Encoding: base64\r\n")
                    + part("Content-Type: application/octet-stream\r\nContent-Disposition: attachment;\r\n"
                           " filename*=UTF-8''invoice%E2%80%AEfdp.exe\r\nContent-Transfer-Encoding: base64\r\n")),
                {"passwd", "invoicefdp.exe"}},
            {"forwarded mail and its attachment",
                multipart(
                    part("Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"fw.eml\"\r\n",
                        "From: b@example.test\r\nSubject: inner\r\nMIME-Version: 1.0\r\n"
                        "Content-Type: multipart/mixed; boundary=\"b2\"\r\n\r\n--b2\r\nContent-Type: text/plain\r\n\r\n"
                        "inner text\r\n--b2\r\nContent-Type: application/zip\r\n"
                        "Content-Disposition: attachment; filename=\"inner.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        "QUJD\r\n--b2--\r\n")
                    + part("Content-Type: message/rfc822\r\n", "From: c@example.test\r\nSubject: bare\r\n\r\nbody\r\n")),
                {"fw.eml", "inner.zip", "attachment-2.eml"}},
            {"text and html bodies are no attachments",
                multipart(part("Content-Type: text/html; charset=utf-8\r\n", "<p>hi</p>")
                    + part("Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: inline\r\n", "more")),
                {}},
            {"single part attachment",
                "From: a@example.test\r\nSubject: single\r\nMIME-Version: 1.0\r\nContent-Type: application/pdf; "
                "name=\"scan.pdf\"\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\nQUJD\r\n",
                {"scan.pdf"}},
        };
        for (const test::RigServer &server : RigEnvironment::servers()) {
            for (const auto &[name, raw, names] : mails)
                QTest::addRow("%s: %s", qPrintable(server.name), name) << server.name << raw << names;
        }
    }

    void namesMatchTheParsedMail()
    {
        QFETCH(QString, server);
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, names);
        test::RigServer rig;
        for (const test::RigServer &s : RigEnvironment::servers()) {
            if (s.name == server)
                rig = s;
        }
        ImapTestClient alice(rig, RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        QVERIFY2(alice.resetFolder(kFolder), qPrintable(alice.lastError()));
        QVERIFY2(alice.append(kFolder, raw), qPrintable(alice.lastError()));
        QVERIFY(!alice.command("EXAMINE \"" + kFolder.toUtf8() + '"').isEmpty());
        const QByteArray answer = alice.command("UID FETCH 1:* (BODYSTRUCTURE)");
        QVERIFY2(!answer.isEmpty(), qPrintable(alice.lastError()));

        imap::ResponseParser parser;
        parser.feed(answer);
        std::optional<imap::BodyStructure> structure;
        while (const auto response = parser.next()) {
            if (const auto *fetch = std::get_if<imap::FetchResponse>(&*response))
                structure = fetch->structure;
        }
        QVERIFY2(structure.has_value(), answer.constData());
        QCOMPARE(daemon::StructureFileNames::of(*structure), names);
        QCOMPARE(mime::MailParser::parse(raw).allAttachmentNames(), names);
    }
};

QTEST_GUILESS_MAIN(TestStructureFileNames)
#include "tst_structurefilenames.moc"
