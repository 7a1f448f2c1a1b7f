// A scripted server that matches SEARCH keys loosely (by words, like Gmail and Exchange): the
// exact client check must drop what the server over-matched, from the headers alone.
#include "FakeTimer.h"
#include "FakeTransport.h"
#include "ImapScript.h"
#include "daemon/FetchCycle.h"
#include "daemon/ResourceMapping.h"
#include "imap/ImapSession.h"
#include "imap/SessionOpener.h"
#include "store/MailStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using soar::test::FakeTimer;
using soar::test::FakeTransport;
using soar::test::ImapScript;

namespace {

QByteArray header(const char *from, const char *subject)
{
    return QByteArray("From: ") + from + "\r\nTo: soc@corp.test\r\nSubject: " + subject + "\r\nMessage-ID: <" + subject
        + "@x>\r\n\r\n";
}

QByteArray literal(const QByteArray &bytes)
{
    return "{" + QByteArray::number(bytes.size()) + "}\\r\\n" + QByteArray(bytes).replace("\r\n", "\\r\\n");
}

} // namespace

// An IMAP session on a scripted server, logged in with INBOX selected (UIDs 1-3 exist).
struct ScriptedSession {
    FakeTransport *transport = nullptr;
    std::optional<ImapScript> script;
    imap::ImapSession session;
    imap::SessionOpener opener;

    ScriptedSession()
        : session(
            sessionOptions(),
            [this]() {
                auto t = std::make_unique<FakeTransport>();
                transport = t.get();
                script.emplace(*transport);
                return t;
            },
            [] { return std::make_unique<FakeTimer>(); }),
          opener(session, {imap::Credentials::Method::Login, QStringLiteral("alice"), QStringLiteral("pw"), {}},
              QStringLiteral("INBOX"))
    { }

    static imap::SessionOptions sessionOptions()
    {
        imap::SessionOptions options;
        options.host = QStringLiteral("mail.example.test");
        options.port = 143;
        options.security = imap::Security::None;
        options.allowPlaintextPasswords = true;
        return options;
    }

    bool open()
    {
        QSignalSpy opened(&opener, &imap::SessionOpener::finished);
        opener.start();
        if (!script
            || !script->play("S: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\n"
                             "C: a1 LOGIN alice pw\n"
                             "S: a1 OK logged in\n"
                             "C: a2 CAPABILITY\n"
                             "S: * CAPABILITY IMAP4rev1 LITERAL+\n"
                             "S: a2 OK done\n"
                             "C: a3 SELECT INBOX\n"
                             "S: * 3 EXISTS\n"
                             "S: * OK [UIDVALIDITY 7] ok\n"
                             "S: * OK [UIDNEXT 4] ok\n"
                             "S: a3 OK [READ-WRITE] selected\n"))
            return false;
        return opened.count() == 1 || opened.wait(2000);
    }
};

class TestFetchCycleOverFake : public QObject {
    Q_OBJECT
private slots:
    void clientCheckRemovesOverMatches()
    {
        ScriptedSession fake;
        QVERIFY2(fake.open(), qPrintable(fake.script ? fake.script->failure() : QStringLiteral("no connection")));
        auto &script = fake.script;
        auto &session = fake.session;
        auto &opener = fake.opener;

        settings::ResourceSettings r;
        r.name = QStringLiteral("words");
        r.filters.from = QStringLiteral("sumologic.com");
        r.filters.subject = QStringLiteral("phish");
        const auto plan = daemon::ResourceMapping::plan(r, std::nullopt);
        QVERIFY(plan.ok());
        QTemporaryDir dir;
        store::MailStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("mail.db"))).ok());
        daemon::FetchCycle cycle(session, opener.mailbox(), r.name, plan.value(), &store, {});
        QSignalSpy done(&cycle, &daemon::FetchCycle::finished);
        cycle.start();

        const QByteArray wanted = header("a@eu.sumologic.com", "Reported phishing");
        const QByteArray body = wanted + "hello\r\n";
        // The server returns three mails: 1 really matches; 2 comes from a domain that only
        // contains the words "sumologic com"; 3 has "Phish" only as a word stem of "Fishing".
        QVERIFY2(script->play("C: a4 UID SEARCH UNSEEN FROM sumologic.com SUBJECT phish\n"
                              "S: * SEARCH 1 2 3\n"
                              "S: a4 OK done\n"
                              "C: a5 UID FETCH 1:3 (UID FLAGS INTERNALDATE BODY.PEEK[HEADER])\n"
                              "S: * 1 FETCH (UID 1 FLAGS () BODY[HEADER] "
                     + literal(wanted)
                     + ")\n"
                       "S: * 2 FETCH (UID 2 FLAGS () BODY[HEADER] "
                     + literal(header("x@sumologic.com.evil.net", "phish kit"))
                     + ")\n"
                       "S: * 3 FETCH (UID 3 FLAGS () BODY[HEADER] "
                     + literal(header("b@sumologic.com", "Fishing trip"))
                     + ")\n"
                       "S: a5 OK done\n"
                       "C: a6 UID FETCH 1 (UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[])\n"
                       "S: * 1 FETCH (UID 1 FLAGS () BODY[] "
                     + literal(body)
                     + ")\n"
                       "S: a6 OK done\n"
                       "C: a7 UID STORE 1 +FLAGS.SILENT (\\Seen)\n"
                       "S: a7 OK stored\n"),
            qPrintable(script->failure()));
        QVERIFY(done.count() == 1 || done.wait(2000));
        QVERIFY(!done.first().first().value<common::Error>().isError());
        QCOMPARE(cycle.record().matched, 3);
        QCOMPARE(cycle.record().droppedByClientCheck, 2);
        QCOMPARE(cycle.record().downloaded, 1);
        QCOMPARE(cycle.record().stored, 1);
        QVERIFY(script->nothingElseWritten());
    }

    void aStopDuringTheHeaderCheckKeepsTheCheckpoint()
    {
        ScriptedSession fake;
        QVERIFY2(fake.open(), qPrintable(fake.script ? fake.script->failure() : QStringLiteral("no connection")));
        settings::ResourceSettings r;
        r.name = QStringLiteral("stop");
        r.fetch.type = settings::FetchType::Latest;
        r.filters.subject = QStringLiteral("invoice");
        const auto plan = daemon::ResourceMapping::plan(r, std::nullopt);
        QVERIFY(plan.ok());
        QTemporaryDir dir;
        store::MailStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("mail.db"))).ok());
        daemon::FetchCycle cycle(fake.session, fake.opener.mailbox(), r.name, plan.value(), &store, {});
        QSignalSpy done(&cycle, &daemon::FetchCycle::finished);
        cycle.start();
        // UID 1 passes the exact check; 2 and 3 are the server's loose word matches.
        QVERIFY2(fake.script->play("C: a4 UID SEARCH UNSEEN SUBJECT invoice\n"
                                   "S: * SEARCH 1 2 3\n"
                                   "S: a4 OK done\n"
                                   "C: a5 UID FETCH 1:3 (UID FLAGS INTERNALDATE BODY.PEEK[HEADER])\n"
                                   "S: * 1 FETCH (UID 1 FLAGS () BODY[HEADER] "
                     + literal(header("a@corp.test", "Your invoice"))
                     + ")\n"
                       "S: * 2 FETCH (UID 2 FLAGS () BODY[HEADER] "
                     + literal(header("b@corp.test", "Invoicing run"))
                     + ")\n"
                       "S: * 3 FETCH (UID 3 FLAGS () BODY[HEADER] "
                     + literal(header("c@corp.test", "Voice memo")) + ")\n"),
            qPrintable(fake.script->failure()));
        QTRY_COMPARE(cycle.record().droppedByClientCheck, 2);
        cycle.requestStop(); // the app quits while the headers are being checked
        QVERIFY2(fake.script->play("S: a5 OK done\n"), qPrintable(fake.script->failure()));
        QVERIFY(done.count() == 1 || done.wait(2000));
        QVERIFY(!done.first().first().value<common::Error>().isError());
        QCOMPARE(cycle.record().downloaded, 0);
        QVERIFY(fake.script->nothingElseWritten()); // no body fetched, nothing flagged
        // UID 1 was accepted but never downloaded: a checkpoint at 3 (the highest UID looked
        // at, or the folder's end on a first run) would skip it for good.
        const auto checkpoint = store.checkpoint(r.name, QStringLiteral("INBOX"));
        QVERIFY(checkpoint.ok());
        QVERIFY(!checkpoint.value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestFetchCycleOverFake)
#include "tst_fetchcycleoverfake.moc"
