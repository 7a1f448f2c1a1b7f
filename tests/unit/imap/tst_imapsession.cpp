#include "FakeTimer.h"
#include "FakeTransport.h"
#include "ImapScript.h"

#include "imap/ImapSession.h"
#include "imap/SessionOpener.h"
#include "imap/tasks/AuthenticateTask.h"
#include "imap/tasks/ConnectTask.h"
#include "imap/tasks/IdleTask.h"
#include "imap/tasks/ListTask.h"
#include "imap/tasks/LoginTask.h"
#include "imap/tasks/LogoutTask.h"
#include "imap/tasks/SelectTask.h"
#include "imap/tasks/StartTlsTask.h"
#include "imap/tasks/UidFetchTask.h"
#include "imap/tasks/UidSearchTask.h"
#include "imap/tasks/UidStoreTask.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace soar::imap;
using soar::common::Error;
using soar::test::FakeTimer;
using soar::test::FakeTransport;
using soar::test::ImapScript;

namespace {

const QByteArray kGreeting
    = "S: * OK [CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER] ready";

SessionOptions options(Security security = Security::ImplicitTls)
{
    SessionOptions o;
    o.host = QStringLiteral("imap.example.test");
    o.port = security == Security::ImplicitTls ? 993 : 143;
    o.security = security;
    return o;
}

// Watches one task from creation, so a finished() emitted early is not missed.
class Watch {
public:
    explicit Watch(Task *task) : m_task(task), m_spy(task, &Task::finished) { }

    // Waits for finished(); returns its error. Checks it was emitted exactly once.
    Error result()
    {
        if (m_spy.isEmpty() && !m_spy.wait(2000))
            return Error(Error::Kind::Internal, QStringLiteral("task did not finish"));
        QCoreApplication::processEvents();
        if (m_spy.size() != 1)
            return Error(Error::Kind::Internal, QStringLiteral("finished emitted %1 times").arg(m_spy.size()));
        return m_spy.first().first().value<Error>();
    }
    bool finished() const { return !m_spy.isEmpty(); }

private:
    Task *m_task;
    QSignalSpy m_spy;
};

class Harness {
public:
    explicit Harness(SessionOptions o = options())
        : session(
            std::move(o),
            [this]() {
                auto t = std::make_unique<FakeTransport>();
                transport = t.get();
                script.emplace(*transport);
                return t;
            },
            [this]() {
                auto t = std::make_unique<FakeTimer>();
                timer = t.get();
                return t;
            })
    {
        QObject::connect(
            &session, &ImapSession::protocolLine, [this](char d, const QByteArray &line) { log += d + (": " + line) + '\n'; });
    }

    bool connect(const QByteArray &greeting = kGreeting)
    {
        ConnectTask task;
        Watch watch(&task);
        session.enqueue(&task);
        if (!play(greeting))
            return false;
        return !watch.result().isError();
    }

    bool play(const QByteArray &conversation)
    {
        const bool ok = script->play(conversation);
        if (!ok)
            qWarning("%s", qPrintable(script->failure()));
        return ok;
    }
    bool nothingElseWritten()
    {
        const bool ok = script->nothingElseWritten();
        if (!ok)
            qWarning("%s", qPrintable(script->failure()));
        return ok;
    }

    // The session deletes its transport (deleteLater) when a connection ends: null then.
    QPointer<FakeTransport> transport;
    FakeTimer *timer = nullptr;
    std::optional<ImapScript> script;
    QByteArray log;
    ImapSession session;
};

} // namespace

class TestImapSession : public QObject {
    Q_OBJECT
private slots:
    void connectReadsGreetingCapabilities()
    {
        Harness h;
        QVERIFY(h.connect());
        QVERIFY(h.transport->implicitTls());
        QCOMPARE(h.session.state(), ImapSession::State::NotAuthenticated);
        QVERIFY(h.session.hasCapability("AUTH=PLAIN"));
        QVERIFY(h.nothingElseWritten());
    }

    void connectAsksCapabilitiesWhenGreetingLacksThem()
    {
        Harness h;
        ConnectTask task;
        Watch watch(&task);
        h.session.enqueue(&task);
        QVERIFY(h.play("S: * OK ready\n"
                       "C: a1 CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 IDLE\n"
                       "S: a1 OK done"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(h.session.capabilities(), (QByteArrayList {"IMAP4REV1", "IDLE"}));
    }

    void badGreetingFails_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<Error::Kind>("kind");
        QTest::newRow("bye") << QByteArray("S: * BYE too many connections") << Error::Kind::Network;
        QTest::newRow("garbage") << QByteArray("S: SSH-2.0-OpenSSH_9.2") << Error::Kind::Protocol;
        QTest::newRow("http") << QByteArray("S: HTTP/1.1 400 Bad Request") << Error::Kind::Protocol;
    }

    void badGreetingFails()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(Error::Kind, kind);
        Harness h;
        ConnectTask task;
        Watch watch(&task);
        h.session.enqueue(&task);
        QVERIFY(h.play(greeting));
        QCOMPARE(watch.result().kind, kind);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void loginRedactsPassword()
    {
        Harness h;
        QVERIFY(h.connect());
        LoginTask login(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        Watch watch(&login);
        h.session.enqueue(&login);
        QVERIFY(h.play("C: a1 LOGIN alice alice-secret\n"
                       "S: a1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(h.session.state(), ImapSession::State::Authenticated);
        QVERIFY(h.session.hasCapability("MOVE"));
        QVERIFY(h.log.contains("C: a1 LOGIN alice <redacted>"));
        QVERIFY(!h.log.contains("alice-secret"));
        QVERIFY(h.nothingElseWritten());
    }

    void loginRereadsCapabilitiesWhenOkHasNone()
    {
        Harness h;
        QVERIFY(h.connect());
        LoginTask login(QStringLiteral("alice"), QStringLiteral("pw with space"));
        Watch watch(&login);
        h.session.enqueue(&login);
        QVERIFY(h.play("C: a1 LOGIN alice \"pw with space\"\n"
                       "S: a1 OK Logged in\n"
                       "C: a2 CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 UIDPLUS\n"
                       "S: a2 OK done"));
        QVERIFY(!watch.result().isError());
        QVERIFY(h.session.hasCapability("UIDPLUS"));
    }

    void loginRejectedIsAuthError()
    {
        Harness h;
        QVERIFY(h.connect());
        LoginTask login(QStringLiteral("alice"), QStringLiteral("wrong"));
        Watch watch(&login);
        h.session.enqueue(&login);
        QVERIFY(h.play("C: a1 LOGIN alice wrong\n"
                       "S: a1 NO [AUTHENTICATIONFAILED] Authentication failed."));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY(error.message.contains(QLatin1String("Authentication failed.")));
        QVERIFY(error.message.contains(QLatin1String("alice")));
        QCOMPARE(h.session.state(), ImapSession::State::NotAuthenticated);
    }

    void loginDisabledIsRespected()
    {
        Harness h;
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN] ready"));
        LoginTask login(QStringLiteral("alice"), QStringLiteral("secret"));
        Watch watch(&login);
        h.session.enqueue(&login);
        QCOMPARE(watch.result().kind, Error::Kind::Auth);
        QVERIFY(h.nothingElseWritten());
    }

    void plaintextPasswordPolicy_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<bool>("allowPlaintext");
        QTest::addColumn<bool>("sent");
        QTest::newRow("none, not allowed") << int(Security::None) << false << false;
        QTest::newRow("none, allowed") << int(Security::None) << true << true;
        QTest::newRow("starttls before tls, even if allowed") << int(Security::StartTls) << true << false;
    }

    void plaintextPasswordPolicy()
    {
        QFETCH(int, security);
        QFETCH(bool, allowPlaintext);
        QFETCH(bool, sent);
        SessionOptions o = options(Security(security));
        o.allowPlaintextPasswords = allowPlaintext;
        for (int method = 0; method < 2; ++method) {
            Harness h(o);
            QVERIFY(h.connect());
            std::unique_ptr<Task> task;
            if (method == 0)
                task = std::make_unique<LoginTask>(QStringLiteral("alice"), QStringLiteral("secret"));
            else
                task = std::make_unique<AuthenticateTask>(
                    SaslCredentials {SaslCredentials::Mechanism::Plain, QStringLiteral("alice"), QStringLiteral("secret"), {}});
            Watch watch(task.get());
            h.session.enqueue(task.get());
            if (sent) {
                QTRY_VERIFY(!h.transport->written().isEmpty());
                QVERIFY(h.transport->written().contains(method == 0 ? "LOGIN" : "AUTHENTICATE"));
            } else {
                const Error error = watch.result();
                QVERIFY(error.kind == Error::Kind::Config || error.kind == Error::Kind::Tls);
                QVERIFY(error.message.contains(QLatin1String("Refusing")));
                // The refusal closes the connection and the session deletes its transport, so
                // the protocol log is what tells that nothing was sent (ASan caught the read
                // of the deleted FakeTransport here).
                QVERIFY2(!h.log.contains("C: "), h.log.constData());
            }
        }
    }

    void startTlsDiscardsInjectedBytes()
    {
        Harness h(options(Security::StartTls));
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"));
        QVERIFY(!h.transport->implicitTls());
        StartTlsTask startTls;
        Watch watch(&startTls);
        h.session.enqueue(&startTls);
        QVERIFY(h.play("C: a1 STARTTLS"));
        // A man in the middle appends a forged capability line to the OK, and more plaintext
        // before the handshake: none of it may be taken as the server's word.
        h.transport->serverSends("a1 OK Begin TLS negotiation now\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=INJECTED\r\n");
        QVERIFY(h.transport->startTlsRequested());
        h.transport->serverSends("* OK [CAPABILITY IMAP4rev1 AUTH=INJECTED2] injected\r\n");
        QVERIFY(h.session.capabilities().isEmpty());
        h.transport->completeTls();
        QVERIFY(h.play("C: a2 CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                       "S: a2 OK done"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(h.session.capabilities(), (QByteArrayList {"IMAP4REV1", "AUTH=PLAIN"}));
        QVERIFY(h.session.isEncrypted());
        QVERIFY(h.nothingElseWritten());
    }

    void startTlsNotOfferedIsRefused()
    {
        Harness h(options(Security::StartTls));
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready"));
        const auto written = h.transport->writtenTape(); // readable after the transport is gone
        StartTlsTask startTls;
        LoginTask login(QStringLiteral("alice"), QStringLiteral("secret"));
        Watch tlsWatch(&startTls);
        Watch loginWatch(&login);
        h.session.enqueue(&startTls);
        h.session.enqueue(&login);
        QCOMPARE(tlsWatch.result().kind, Error::Kind::Tls);
        QVERIFY(loginWatch.result().isError());
        QCOMPARE(*written, QByteArray()); // neither STARTTLS nor the password in clear text
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
        QTRY_VERIFY(h.transport.isNull()); // the connection is dropped, its transport released
    }

    void startTlsRejectedByServer()
    {
        Harness h(options(Security::StartTls));
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready"));
        StartTlsTask startTls;
        Watch watch(&startTls);
        h.session.enqueue(&startTls);
        QVERIFY(h.play("C: a1 STARTTLS\nS: a1 BAD TLS not available"));
        QCOMPARE(watch.result().kind, Error::Kind::Tls);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void preauthWithStartTlsIsRefused()
    {
        Harness h(options(Security::StartTls));
        ConnectTask task;
        Watch watch(&task);
        h.session.enqueue(&task);
        QVERIFY(h.play("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome"));
        QCOMPARE(watch.result().kind, Error::Kind::Tls);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void authenticatePlain_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("conversation");
        // base64("carol@example.test\0admin\0master-secret")
        const QByteArray response = QByteArray("carol@example.test\0admin\0master-secret", 38).toBase64();
        QTest::newRow("sasl-ir with authorization identity")
            << kGreeting << "C: a1 AUTHENTICATE PLAIN " + response + "\nS: a1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in";
        QTest::newRow("continuation without sasl-ir")
            << QByteArray("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")
            << "C: a1 AUTHENTICATE PLAIN\nS: +\nC: " + response + "\nS: a1 OK [CAPABILITY IMAP4rev1] Logged in";
    }

    void authenticatePlain()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, conversation);
        Harness h;
        QVERIFY(h.connect(greeting));
        AuthenticateTask auth(SaslCredentials {SaslCredentials::Mechanism::Plain, QStringLiteral("admin"),
            QStringLiteral("master-secret"), QStringLiteral("carol@example.test")});
        Watch watch(&auth);
        h.session.enqueue(&auth);
        QVERIFY(h.play(conversation));
        QVERIFY(!watch.result().isError());
        QCOMPARE(h.session.state(), ImapSession::State::Authenticated);
        QVERIFY(!h.log.contains(QByteArray("carol@example.test\0admin", 24).toBase64().left(20)));
        QVERIFY(h.log.contains("<redacted>"));
        QVERIFY(h.nothingElseWritten());
    }

    void xoauth2FailureChallenge()
    {
        Harness h;
        QVERIFY(h.connect());
        AuthenticateTask auth(SaslCredentials {
            SaslCredentials::Mechanism::XOAuth2, QStringLiteral("u@example.com"), QStringLiteral("ya29.token"), {}});
        Watch watch(&auth);
        h.session.enqueue(&auth);
        const QByteArray ir = QByteArray("user=u@example.com\x01"
                                         "auth=Bearer ya29.token\x01\x01")
                                  .toBase64();
        const QByteArray challenge = QByteArray("{\"status\":\"401\",\"schemes\":\"bearer\"}").toBase64();
        QVERIFY(h.play("C: a1 AUTHENTICATE XOAUTH2 " + ir + "\nS: + " + challenge
            + "\nC: \nS: a1 NO [AUTHENTICATIONFAILED] Invalid credentials"));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY(error.detail.contains(QLatin1String("401")));
        QVERIFY2(error.message.contains(QLatin1String("the access token is invalid or has expired (status 401)")),
            qPrintable(error.message));
        QVERIFY(!h.log.contains("ya29"));
    }

    void xoauth2FailureKeepsTheServersAlert()
    {
        // An [ALERT] on the tagged NO is for the person (RFC 9051 section 7.1); the decoded
        // challenge must not replace it.
        Harness h;
        QVERIFY(h.connect());
        AuthenticateTask auth(SaslCredentials {
            SaslCredentials::Mechanism::XOAuth2, QStringLiteral("u@example.com"), QStringLiteral("ya29.token"), {}});
        Watch watch(&auth);
        h.session.enqueue(&auth);
        const QByteArray ir = QByteArray("user=u@example.com\x01"
                                         "auth=Bearer ya29.token\x01\x01")
                                  .toBase64();
        const QByteArray challenge
            = QByteArray("{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}").toBase64();
        QVERIFY(h.play("C: a1 AUTHENTICATE XOAUTH2 " + ir + "\nS: + " + challenge
            + "\nC: \nS: a1 NO [ALERT] IMAP access is disabled for your domain. Please contact your domain administrator "
              "(Failure)"));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY2(error.message.contains(QLatin1String(
                     "(the server says: IMAP access is disabled for your domain. Please contact your domain administrator")),
            qPrintable(error.message));
        QVERIFY(h.nothingElseWritten());
    }

    void oauthBearerWithoutSaslIr()
    {
        // No SASL-IR: the response follows the empty continuation; the failure challenge is
        // answered with %x01 (RFC 7628 section 3.2.3) so the server can send its NO.
        Harness h;
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER] ready"));
        AuthenticateTask auth(SaslCredentials {
            SaslCredentials::Mechanism::OAuthBearer, QStringLiteral("u@example.com"), QStringLiteral("tok-1"), {}});
        Watch watch(&auth);
        h.session.enqueue(&auth);
        const QByteArray response = QByteArray("n,a=u@example.com,\x01host=imap.example.test\x01port=993\x01"
                                               "auth=Bearer tok-1\x01\x01")
                                        .toBase64();
        const QByteArray challenge
            = QByteArray("{\"status\":\"insufficient_scope\",\"scope\":\"https://mail.google.com/\"}").toBase64();
        QVERIFY(h.play("C: a1 AUTHENTICATE OAUTHBEARER\nS: +\nC: " + response + "\nS: + " + challenge
            + "\nC: AQ==\nS: a1 NO [AUTHENTICATIONFAILED] Authentication failed"));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY2(error.message.contains(QLatin1String("lacks the IMAP permission (scope) (status insufficient_scope, needed "
                                                      "scope https://mail.google.com/)")),
            qPrintable(error.message));
        QVERIFY(h.nothingElseWritten());
    }

    void describeOAuthChallenge_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("description");
        QTest::newRow("dovecot xoauth2") << QByteArray("{\"status\":\"401\",\"schemes\":\"bearer\"}")
                                         << QStringLiteral("the access token is invalid or has expired (status 401)");
        QTest::newRow("google numeric status")
            << QByteArray("{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}")
            << QStringLiteral("the server could not read the OAuth request (status 400, needed scope https://mail.google.com/)");
        QTest::newRow("not json") << QByteArray("token expired\n") << QStringLiteral("token expired");
    }

    void describeOAuthChallenge()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(QString, description);
        QCOMPARE(AuthenticateTask::describeOAuthChallenge(challenge), description);
    }

    void oauthBearerInitialResponse()
    {
        const SaslCredentials c {SaslCredentials::Mechanism::OAuthBearer, QStringLiteral("u@x.org"), QStringLiteral("tok"), {}};
        QCOMPARE(AuthenticateTask::initialResponse(c, QStringLiteral("imap.x.org"), 993),
            QByteArray("n,a=u@x.org,\x01host=imap.x.org\x01port=993\x01"
                       "auth=Bearer tok\x01\x01"));
    }

    void listDecodesMailboxes()
    {
        Harness h;
        QVERIFY(h.connect());
        ListTask list;
        Watch watch(&list);
        h.session.enqueue(&list);
        QVERIFY(h.play("C: a1 LIST \"\" \"*\"\n"
                       "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                       "S: * LIST (\\HasNoChildren \\Junk) \"/\" \"&AMQ-rger\"\n"
                       "S: a1 OK List completed"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(list.mailboxes().size(), 2);
        QCOMPARE(list.mailboxes().at(1).mailbox, QStringLiteral("Ärger"));
    }

    void selectCollectsMailboxInfo()
    {
        Harness h;
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 CONDSTORE] ready"));
        SelectTask select(QStringLiteral("INBOX"));
        Watch watch(&select);
        h.session.enqueue(&select);
        QVERIFY(h.play("C: a1 SELECT INBOX (CONDSTORE)\n"
                       "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
                       "S: * OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\n"
                       "S: * 172 EXISTS\n"
                       "S: * 1 RECENT\n"
                       "S: * OK [UIDVALIDITY 3857529045] UIDs valid\n"
                       "S: * OK [UIDNEXT 4392] Predicted next UID\n"
                       "S: * OK [HIGHESTMODSEQ 90060115205545359] Highest\n"
                       "S: a1 OK [READ-WRITE] SELECT completed"));
        QVERIFY(!watch.result().isError());
        MailboxInfo expected;
        expected.name = QStringLiteral("INBOX");
        expected.exists = 172;
        expected.recent = 1;
        expected.uidValidity = 3857529045u;
        expected.uidNext = 4392;
        expected.highestModSeq = 90060115205545359ULL;
        expected.flags = {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"};
        expected.permanentFlags = {"\\Deleted", "\\Seen", "\\*"};
        QVERIFY(select.mailbox() == expected);
        QCOMPARE(h.session.state(), ImapSession::State::Selected);
    }

    void selectMissingMailbox()
    {
        Harness h;
        QVERIFY(h.connect());
        SelectTask select(QStringLiteral("Nope"), true);
        Watch watch(&select);
        h.session.enqueue(&select);
        QVERIFY(h.play("C: a1 EXAMINE Nope\nS: a1 NO Mailbox doesn't exist: Nope"));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::ServerNo);
        QVERIFY(error.message.contains(QLatin1String("Nope")));
    }

    void searchUtf8UsesCharsetAndSyncLiteral()
    {
        Harness h;
        QVERIFY(h.connect());
        UidSearchTask search({Argument::keyword("SUBJECT"), Argument::text(QStringLiteral("Müll")), Argument::keyword("UNSEEN")});
        Watch watch(&search);
        h.session.enqueue(&search);
        QVERIFY(h.play("C: a1 UID SEARCH CHARSET UTF-8 SUBJECT {5}\n"
                       "S: + go ahead\n"
                       "C: Müll UNSEEN\n"
                       "S: * SEARCH 9 3 7\n"
                       "S: a1 OK Search done"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(search.uids(), (QList<quint32> {3, 7, 9}));
        QVERIFY(h.nothingElseWritten());
    }

    void searchRefusedLiteralStopsCommand()
    {
        Harness h;
        QVERIFY(h.connect());
        UidSearchTask search({Argument::keyword("BODY"), Argument::text(QStringLiteral("Grüße"))});
        Watch watch(&search);
        h.session.enqueue(&search);
        QVERIFY(h.play("C: a1 UID SEARCH CHARSET UTF-8 BODY {7}\n"
                       "S: a1 NO [BADCHARSET (US-ASCII)] charset not supported"));
        QCOMPARE(watch.result().kind, Error::Kind::ServerNo);
        QVERIFY(h.nothingElseWritten());
    }

    void searchUsesEsearchAndLiteralPlus()
    {
        Harness h;
        QVERIFY(h.connect("S: * OK [CAPABILITY IMAP4rev1 ESEARCH LITERAL+] ready"));
        UidSearchTask search({Argument::keyword("FROM"), Argument::text(QStringLiteral("Zoë"))});
        Watch watch(&search);
        h.session.enqueue(&search);
        QVERIFY(h.play("C: a1 UID SEARCH RETURN (ALL) CHARSET UTF-8 FROM {4+}\\r\\nZoë\n"
                       "S: * ESEARCH (TAG \"a1\") UID ALL 4:6,10\n"
                       "S: a1 OK done"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(search.uids(), (QList<quint32> {4, 5, 6, 10}));
    }

    void fetchPipelinesBatchesAndDeliversMessages()
    {
        Harness h;
        QVERIFY(h.connect());
        UidFetchTask fetch({{5, 1, 2, 3, 4}, {Argument::keyword("BODY.PEEK[]")}, 2, 2});
        QSignalSpy messages(&fetch, &UidFetchTask::messageFetched);
        Watch watch(&fetch);
        h.session.enqueue(&fetch);
        QVERIFY(h.play("C: a1 UID FETCH 1:2 (UID BODY.PEEK[])\n"
                       "C: a2 UID FETCH 3:4 (UID BODY.PEEK[])\n"
                       "S1: * 1 FETCH (UID 1 BODY[] {12}\\r\\nSubject: a\\r\\n)\n"
                       "S: * 2 FETCH (UID 2 BODY[] {3}\\r\\nabc)\n"
                       "S: a1 OK Fetch completed\n"
                       "C: a3 UID FETCH 5 (UID BODY.PEEK[])\n"
                       "S: * 3 FETCH (UID 3 BODY[] \"x\")\n"
                       "S: * 4 FETCH (UID 4 BODY[] \"y\")\n"
                       "S: * 4 FETCH (FLAGS (\\Seen))\n"
                       "S: a2 OK Fetch completed\n"
                       "S: * 5 FETCH (UID 5 BODY[] \"z\")\n"
                       "S: a3 OK Fetch completed"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(messages.size(), 5);
        const auto first = messages.at(0).at(0).value<FetchResponse>();
        QCOMPARE(first.uid, std::optional<quint32>(1));
        QCOMPARE(first.sections.at("BODY[]"), QByteArray("Subject: a\r\n"));
        QVERIFY(h.nothingElseWritten());
    }

    void fetchOversizedMessageIsReportedAndFetchContinues()
    {
        SessionOptions o = options();
        o.maxMessageSize = 10;
        Harness h(o);
        QVERIFY(h.connect());
        UidFetchTask fetch({{1, 2}, UidFetchTask::fullMessageItems(), 100, 1});
        QSignalSpy messages(&fetch, &UidFetchTask::messageFetched);
        QSignalSpy failures(&fetch, &UidFetchTask::messageFailed);
        Watch watch(&fetch);
        h.session.enqueue(&fetch);
        QVERIFY(h.play("C: a1 UID FETCH 1:2 (UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[])\n"
                       "S1: * 1 FETCH (UID 1 BODY[] {20}\\r\\n01234567890123456789)\n"
                       "S: * 2 FETCH (UID 2 BODY[] {3}\\r\\nabc)\n"
                       "S: a1 OK done"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().first().toUInt(), 1u);
        QVERIFY(failures.first().at(1).value<Error>().message.contains(QLatin1String("larger than the limit")));
    }

    void byeMidFetchFailsTaskAndQueue()
    {
        Harness h;
        QVERIFY(h.connect());
        UidFetchTask fetch({{1, 2}, {Argument::keyword("BODY.PEEK[]")}, 10, 1});
        ListTask list;
        Watch fetchWatch(&fetch);
        Watch listWatch(&list);
        QSignalSpy lost(&h.session, &ImapSession::connectionLost);
        h.session.enqueue(&fetch);
        h.session.enqueue(&list);
        QVERIFY(h.play("C: a1 UID FETCH 1:2 (UID BODY.PEEK[])\n"
                       "S: * 1 FETCH (UID 1 BODY[] {3}\\r\\nabc)\n"
                       "S: * BYE Server shutting down"));
        const Error error = fetchWatch.result();
        QCOMPARE(error.kind, Error::Kind::Network);
        QVERIFY(error.message.contains(QLatin1String("Server shutting down")));
        QCOMPARE(listWatch.result().kind, Error::Kind::Network);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
        QCOMPARE(lost.size(), 1);
    }

    void serverNoAndBad_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("no") << QByteArray("S: a1 NO Mailbox doesn't exist: Spam")
                            << QStringLiteral("The mailbox \"Spam\" could not be opened: Mailbox doesn't exist: Spam");
        QTest::newRow("bad") << QByteArray("S: a1 BAD Error in IMAP command SELECT: Invalid arguments")
                             << QStringLiteral("Invalid arguments");
    }

    void serverNoAndBad()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expectedText);
        Harness h;
        QVERIFY(h.connect());
        SelectTask select(QStringLiteral("Spam"));
        Watch watch(&select);
        h.session.enqueue(&select);
        QVERIFY(h.play("C: a1 SELECT Spam\n" + answer));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::ServerNo);
        QVERIFY2(error.message.contains(expectedText), qPrintable(error.message));
        // The session stays usable after NO/BAD.
        ListTask list;
        Watch listWatch(&list);
        h.session.enqueue(&list);
        QVERIFY(h.play("C: a2 LIST \"\" \"*\"\nS: a2 OK"));
        QVERIFY(!listWatch.result().isError());
    }

    void garbageDuringCommandIsProtocolError()
    {
        Harness h;
        QVERIFY(h.connect());
        ListTask list;
        Watch watch(&list);
        h.session.enqueue(&list);
        QVERIFY(h.play("C: a1 LIST \"\" \"*\"\nS: <html>not imap</html>"));
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Protocol);
        QVERIFY(error.detail.contains(QLatin1String("<html>")));
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void silentServerTimesOut()
    {
        Harness h;
        QVERIFY(h.connect());
        ListTask list;
        ListTask queued;
        Watch watch(&list);
        Watch queuedWatch(&queued);
        h.session.enqueue(&list);
        h.session.enqueue(&queued);
        QVERIFY(h.play("C: a1 LIST \"\" \"*\""));
        QVERIFY(h.timer->isActive());
        QCOMPARE(h.timer->interval(), 60'000);
        QVERIFY(h.timer->fire());
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Timeout);
        QVERIFY(error.message.contains(QLatin1String("60 seconds")));
        QCOMPARE(queuedWatch.result().kind, Error::Kind::Timeout);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void bytesRestartTheResponseTimer()
    {
        Harness h;
        QVERIFY(h.connect());
        UidFetchTask fetch({{1}, {Argument::keyword("BODY.PEEK[]")}, 10, 1});
        Watch watch(&fetch);
        h.session.enqueue(&fetch);
        QVERIFY(h.play("C: a1 UID FETCH 1 (UID BODY.PEEK[])"));
        h.timer->stop();
        h.transport->serverSends("* 1 FETCH (UID 1 BODY[] {100}\r\n");
        QVERIFY(h.timer->isActive()); // progress keeps a slow transfer alive
        h.transport->serverSends(QByteArray(100, 'x') + ")\r\na1 OK done\r\n");
        QVERIFY(!watch.result().isError());
        QVERIFY(!h.timer->isActive());
    }

    void connectTimeout()
    {
        Harness h;
        ConnectTask task;
        Watch watch(&task);
        h.session.enqueue(&task);
        QCoreApplication::processEvents();
        QCOMPARE(h.timer->interval(), 30'000);
        QVERIFY(h.timer->fire());
        QCOMPARE(watch.result().kind, Error::Kind::Timeout);
    }

    void idleUntilExists()
    {
        Harness h;
        QVERIFY(h.connect());
        IdleTask idle;
        Watch watch(&idle);
        QSignalSpy exists(&h.session, &ImapSession::existsChanged);
        h.session.enqueue(&idle);
        QVERIFY(h.play("C: a1 IDLE\nS: + idling"));
        QCOMPARE(h.timer->interval(), 29 * 60'000); // silence is expected while idling
        QVERIFY(h.play("S: * 5 EXISTS\nC: DONE\nS: a1 OK Idle completed"));
        QVERIFY(!watch.result().isError());
        QVERIFY(idle.mailboxChanged());
        QCOMPARE(exists.size(), 1);
        QCOMPARE(exists.first().first().toUInt(), 5u);
        QVERIFY(h.nothingElseWritten());
    }

    void idleStoppedByCaller()
    {
        Harness h;
        QVERIFY(h.connect());
        IdleTask idle(false);
        Watch watch(&idle);
        h.session.enqueue(&idle);
        QVERIFY(h.play("C: a1 IDLE\nS: + idling\nS: * 3 EXPUNGE"));
        QVERIFY(!watch.finished());
        idle.stop();
        QVERIFY(h.play("C: DONE\nS: a1 OK done"));
        QVERIFY(!watch.result().isError());
    }

    void idleIsRestartedAndADeadServerTimesOut()
    {
        Harness h;
        QVERIFY(h.connect());
        IdleTask idle(false);
        Watch watch(&idle);
        h.session.enqueue(&idle);
        QVERIFY(h.play("C: a1 IDLE\nS: + idling"));
        QVERIFY(h.timer->fire()); // 29 minutes without a word: end IDLE
        QVERIFY(h.play("C: DONE"));
        QCOMPARE(h.timer->interval(), 60'000);
        QVERIFY(h.timer->fire()); // and no answer to DONE: the connection is dead
        QCOMPARE(watch.result().kind, Error::Kind::Timeout);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void storeFlagsAndKeywords()
    {
        Harness h;
        QVERIFY(h.connect());
        UidStoreTask store({4, 5, 6, 9}, UidStoreTask::Mode::Add, {"\\Seen", "$Reported"});
        Watch watch(&store);
        h.session.enqueue(&store);
        QVERIFY(h.play("C: a1 UID STORE 4:6,9 +FLAGS.SILENT (\\Seen $Reported)\nS: a1 OK Store completed"));
        QVERIFY(!watch.result().isError());
    }

    void storeRefusesInvalidKeyword()
    {
        Harness h;
        QVERIFY(h.connect());
        UidStoreTask store({4}, UidStoreTask::Mode::Add, {"bad keyword)"});
        Watch watch(&store);
        h.session.enqueue(&store);
        QCOMPARE(watch.result().kind, Error::Kind::Config);
        QVERIFY(h.nothingElseWritten());
    }

    void untaggedCountsDuringAnyCommandAreAnnounced()
    {
        Harness h;
        QVERIFY(h.connect());
        SelectTask select(QStringLiteral("INBOX"));
        UidSearchTask search({Argument::keyword("ALL")});
        Watch selectWatch(&select);
        Watch searchWatch(&search);
        QSignalSpy exists(&h.session, &ImapSession::existsChanged);
        h.session.enqueue(&select);
        h.session.enqueue(&search);
        QVERIFY(h.play("C: a1 SELECT INBOX\nS: * 3 EXISTS\nS: a1 OK [READ-WRITE] ok\n"
                       "C: a2 UID SEARCH ALL\nS: * 2 EXPUNGE\nS: * 4 EXISTS\nS: * 3 EXPUNGE\nS: a2 OK done"));
        QVERIFY(!selectWatch.result().isError());
        QVERIFY(!searchWatch.result().isError());
        // The SELECT's count and the one announced during the search; expunges need nothing.
        QCOMPARE(exists.size(), 2);
        QCOMPARE(exists.at(0).first().toUInt(), 3u);
        QCOMPARE(exists.at(1).first().toUInt(), 4u);
        QCOMPARE(search.uids(), QList<quint32>());
    }

    void logoutClosesConnection()
    {
        Harness h;
        QVERIFY(h.connect());
        LogoutTask logout;
        Watch watch(&logout);
        h.session.enqueue(&logout);
        QVERIFY(h.play("C: a1 LOGOUT\nS: * BYE Logging out\nS: a1 OK Logout completed"));
        QVERIFY(!watch.result().isError());
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }

    void lostConnectionFailsTask()
    {
        Harness h;
        QVERIFY(h.connect());
        ListTask list;
        Watch watch(&list);
        h.session.enqueue(&list);
        QVERIFY(h.play("C: a1 LIST \"\" \"*\""));
        h.transport->dropConnection();
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Network);
        QVERIFY(error.message.contains(QLatin1String("closed by the server")));
    }

    void taskOnClosedSessionFailsAtOnce()
    {
        Harness h;
        ListTask list;
        Watch watch(&list);
        h.session.enqueue(&list);
        const Error error = watch.result();
        QCOMPARE(error.kind, Error::Kind::Network);
        QVERIFY(error.message.contains(QLatin1String("Not connected")));
    }

    void lateResponsesDoNotFinishTwice()
    {
        Harness h;
        QVERIFY(h.connect());
        ListTask list;
        Watch watch(&list);
        h.session.enqueue(&list);
        QVERIFY(h.play("C: a1 LIST \"\" \"*\"\nS: a1 OK done\nS: a1 OK again\nS: a1 NO again"));
        QVERIFY(!watch.result().isError()); // result() checks finished() came exactly once
    }

    void openerRunsStartTlsAuthAndSelect()
    {
        Harness h(options(Security::StartTls));
        SessionOpener opener(h.session, {Credentials::Method::Automatic, QStringLiteral("alice"), QStringLiteral("pw"), {}},
            QStringLiteral("INBOX"));
        QSignalSpy done(&opener, &SessionOpener::finished);
        opener.start();
        h.transport->setAutoCompleteTls(true);
        const QByteArray plain = QByteArray("\0alice\0pw", 9).toBase64();
        QVERIFY(h.play("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
                       "C: a1 STARTTLS\n"
                       "S: a1 OK Begin TLS\n"
                       "C: a2 CAPABILITY\n"
                       "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                       "S: a2 OK done\n"
                       "C: a3 AUTHENTICATE PLAIN\n"
                       "S: +\n"
                       "C: "
            + plain
            + "\n"
              "S: a3 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\n"
              "C: a4 SELECT INBOX\n"
              "S: * 2 EXISTS\n"
              "S: a4 OK [READ-WRITE] Select completed"));
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!done.first().first().value<Error>().isError());
        QCOMPARE(opener.mailbox().exists, 2u);
        QCOMPARE(h.session.state(), ImapSession::State::Selected);
        QVERIFY(h.nothingElseWritten());
    }

    void openerStopsAtFirstError()
    {
        Harness h(options(Security::StartTls));
        SessionOpener opener(h.session, {Credentials::Method::Login, QStringLiteral("alice"), QStringLiteral("pw"), {}});
        QSignalSpy done(&opener, &SessionOpener::finished);
        opener.start();
        QVERIFY(h.play("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no tls here"));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().value<Error>().kind, Error::Kind::Tls);
        QVERIFY(h.nothingElseWritten());
    }

    void cancelAllCancels()
    {
        Harness h;
        QVERIFY(h.connect());
        ListTask list;
        Watch watch(&list);
        h.session.enqueue(&list);
        h.session.cancelAll();
        QCOMPARE(watch.result().kind, Error::Kind::Cancelled);
        QCOMPARE(h.session.state(), ImapSession::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestImapSession)
#include "tst_imapsession.moc"
