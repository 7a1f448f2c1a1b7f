#include "ImapTestClient.h"
#include "RigEnvironment.h"

#include "imap/ImapSession.h"
#include "imap/QtTimer.h"
#include "imap/SessionOpener.h"
#include "imap/tasks/IdleTask.h"
#include "imap/tasks/ListTask.h"
#include "imap/tasks/LogoutTask.h"
#include "imap/tasks/SelectTask.h"
#include "imap/tasks/UidFetchTask.h"
#include "imap/tasks/UidSearchTask.h"
#include "imap/tasks/UidStoreTask.h"
#include "imap/transport/SslTransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace soar::imap;
using soar::common::Error;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;

Q_DECLARE_METATYPE(soar::imap::Security)

namespace {

constexpr int kWaitMs = 20000;

SessionOptions rigOptions(Security security)
{
    SessionOptions o;
    o.host = RigEnvironment::host();
    o.security = security;
    o.port = security == Security::ImplicitTls ? RigEnvironment::imapsPort() : RigEnvironment::imapPort();
    o.tls.extraCaFile = RigEnvironment::caFile();
    o.tls.peerVerifyName = QStringLiteral("localhost");
    return o;
}

std::unique_ptr<ImapSession> makeSession(const SessionOptions &o)
{
    const TlsOptions tls = o.tls;
    return std::make_unique<ImapSession>(
        o, [tls]() { return std::make_unique<SslTransport>(tls); }, QtTimer::factory());
}

// Runs a task to its end and returns its error.
Error run(ImapSession &session, Task &task)
{
    QSignalSpy spy(&task, &Task::finished);
    session.enqueue(&task);
    if (!spy.wait(kWaitMs))
        return Error(Error::Kind::Internal, QStringLiteral("%1 did not finish").arg(task.name()));
    return spy.first().first().value<Error>();
}

Error open(ImapSession &session, const Credentials &credentials, const QString &mailbox = {})
{
    SessionOpener opener(session, credentials, mailbox);
    QSignalSpy spy(&opener, &SessionOpener::finished);
    opener.start();
    if (spy.isEmpty() && !spy.wait(kWaitMs))
        return Error(Error::Kind::Internal, QStringLiteral("opening did not finish"));
    return spy.first().first().value<Error>();
}

Credentials alice()
{
    return {Credentials::Method::Automatic, RigEnvironment::kAlice, RigEnvironment::kAlicePassword, {}};
}

QByteArray mail(const QByteArray &subject, const QByteArray &body)
{
    return "From: Sender <sender@example.test>\r\nTo: alice@example.test\r\nSubject: " + subject
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body
        + "\r\n";
}

} // namespace

class TestImapDovecot : public QObject {
    Q_OBJECT
private slots:
    void securityModes_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("implicit tls") << Security::ImplicitTls << true;
        QTest::newRow("starttls") << Security::StartTls << true;
        QTest::newRow("none, plaintext allowed") << Security::None << false;
    }

    void securityModes()
    {
        SOAR_REQUIRE_RIG();
        QFETCH(Security, security);
        QFETCH(bool, encrypted);
        SessionOptions o = rigOptions(security);
        if (security == Security::None) {
            o.port = RigEnvironment::noStartTlsPort();
            o.allowPlaintextPasswords = true;
        }
        auto session = makeSession(o);
        QByteArray log;
        connect(
            session.get(), &ImapSession::protocolLine, this, [&log](char d, const QByteArray &line) { log += d + line + '\n'; });
        const Error error = open(*session, alice(), QStringLiteral("INBOX"));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(log.contains("AUTHENTICATE PLAIN <redacted>"));
        QVERIFY(!log.contains(RigEnvironment::kAlicePassword.toUtf8()));
        QVERIFY(!log.contains(QByteArray("\0alice\0alice-secret", 19).toBase64()));
        QCOMPARE(session->state(), ImapSession::State::Selected);
        QCOMPARE(session->isEncrypted(), encrypted);
        if (security == Security::StartTls)
            QVERIFY(!session->hasCapability("STARTTLS")); // re-read after TLS
        LogoutTask logout;
        QVERIFY(!run(*session, logout).isError());
        QCOMPARE(session->state(), ImapSession::State::Disconnected);
    }

    void plaintextPasswordRefusedWithoutConsent()
    {
        SOAR_REQUIRE_RIG();
        SessionOptions o = rigOptions(Security::None);
        o.port = RigEnvironment::noStartTlsPort();
        auto session = makeSession(o);
        const Error error = open(*session, alice());
        QCOMPARE(error.kind, Error::Kind::Config);
        QVERIFY(error.message.contains(QLatin1String("Refusing")));
    }

    void startTlsNotOffered()
    {
        SOAR_REQUIRE_RIG();
        SessionOptions o = rigOptions(Security::StartTls);
        o.port = RigEnvironment::noStartTlsPort();
        auto session = makeSession(o);
        const Error error = open(*session, alice());
        QCOMPARE(error.kind, Error::Kind::Tls);
        QVERIFY(error.message.contains(QLatin1String("does not offer STARTTLS")));
        QCOMPARE(session->state(), ImapSession::State::Disconnected);
    }

    void wrongPassword()
    {
        SOAR_REQUIRE_RIG();
        auto session = makeSession(rigOptions(Security::ImplicitTls));
        const Error error
            = open(*session, {Credentials::Method::Login, RigEnvironment::kAlice, QStringLiteral("not-her-password"), {}});
        QCOMPARE(error.kind, Error::Kind::Auth);
        QVERIFY(error.message.contains(QLatin1String("alice")));
    }

    void certificateChecks_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("system CAs only") << QString() << QByteArray() << false;
        QTest::newRow("wrong CA") << RigEnvironment::wrongCaFile() << QByteArray() << false;
        QTest::newRow("pinned fingerprint, no CA") << QString() << RigEnvironment::serverSha256Hex() << true;
        QTest::newRow("wrong pin") << QString() << QByteArray(64, 'a') << false;
        QTest::newRow("right CA") << RigEnvironment::caFile() << QByteArray() << true;
    }

    void certificateChecks()
    {
        SOAR_REQUIRE_RIG();
        QFETCH(QString, caFile);
        QFETCH(QByteArray, pin);
        QFETCH(bool, accepted);
        for (Security security : {Security::ImplicitTls, Security::StartTls}) {
            SessionOptions o = rigOptions(security);
            o.tls.extraCaFile = caFile;
            o.tls.pinnedSha256 = pin;
            auto session = makeSession(o);
            const Error error = open(*session, alice());
            if (accepted) {
                QVERIFY2(!error.isError(), qPrintable(error.toString()));
            } else {
                QCOMPARE(error.kind, Error::Kind::Tls);
                QVERIFY2(error.message.contains(QLatin1String("not accepted")), qPrintable(error.message));
                QVERIFY(error.message.contains(QString::fromLatin1(RigEnvironment::serverSha256Hex())));
                QVERIFY(!error.detail.isEmpty());
            }
        }
    }

    void masterUserWithAuthorizationIdentity()
    {
        SOAR_REQUIRE_RIG();
        const QString folder = QStringLiteral("MasterLogin");
        ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
        QVERIFY(carol.isLoggedIn());
        QVERIFY(carol.resetFolder(folder));
        auto session = makeSession(rigOptions(Security::ImplicitTls));
        const Error error = open(*session,
            {Credentials::Method::Plain, RigEnvironment::kMaster, RigEnvironment::kMasterPassword, RigEnvironment::kCarol},
            folder);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(session->state(), ImapSession::State::Selected); // only carol has this folder
    }

    void everyTaskAgainstDovecot_data()
    {
        QTest::addColumn<Security>("security");
        QTest::newRow("implicit tls") << Security::ImplicitTls;
        QTest::newRow("starttls") << Security::StartTls;
        QTest::newRow("none") << Security::None;
    }

    void everyTaskAgainstDovecot()
    {
        SOAR_REQUIRE_RIG();
        QFETCH(Security, security);
        // One folder set per mode so the rows never see each other's mail.
        const QString folder = QStringLiteral("EngineTasks-")
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        ImapTestClient seed(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(seed.isLoggedIn());
        QVERIFY(seed.resetFolder(folder));
        const QList<QByteArray> mails = {mail("Invoice 42", "Please pay."), mail("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=", "Grüße aus Köln"),
            mail("Large", QByteArray(300000, 'x'))};
        for (const QByteArray &m : mails)
            QVERIFY(seed.append(folder, m));

        SessionOptions o = rigOptions(security);
        if (security == Security::None) {
            o.port = RigEnvironment::noStartTlsPort();
            o.allowPlaintextPasswords = true;
        }
        auto session = makeSession(o);
        const Error opened
            = open(*session, {Credentials::Method::Automatic, RigEnvironment::kBob, RigEnvironment::kBobPassword, {}});
        QVERIFY2(!opened.isError(), qPrintable(opened.toString()));

        QVERIFY(session->hasCapability("IMAP4REV1"));

        ListTask list;
        QVERIFY(!run(*session, list).isError());
        QVERIFY(std::any_of(
            list.mailboxes().begin(), list.mailboxes().end(), [&](const ListResponse &l) { return l.mailbox == folder; }));

        SelectTask select(folder);
        QVERIFY(!run(*session, select).isError());
        QCOMPARE(select.mailbox().exists, 3u);
        QCOMPARE(select.mailbox().uidValidity, seed.uidValidity(folder));
        QVERIFY(select.mailbox().uidNext >= 4);

        UidSearchTask all({Argument::keyword("ALL")});
        QVERIFY(!run(*session, all).isError());
        QCOMPARE(all.uids().size(), 3);

        UidSearchTask utf8({Argument::keyword("BODY"), Argument::text(QStringLiteral("Grüße"))});
        QVERIFY(!run(*session, utf8).isError());
        QCOMPARE(utf8.uids(), QList<quint32> {all.uids().at(1)});

        UidSearchTask subject(
            {Argument::keyword("SUBJECT"), Argument::text(QStringLiteral("Invoice \"42")), Argument::keyword("OR"),
                Argument::keyword("SEEN"), Argument::list({Argument::keyword("NOT"), Argument::keyword("SEEN")})});
        QVERIFY(!run(*session, subject).isError());
        QVERIFY(subject.uids().isEmpty()); // the quote is part of the term: proves it was escaped

        UidFetchTask fetch({all.uids(), UidFetchTask::fullMessageItems(), 2, 2});
        QList<FetchResponse> fetched;
        connect(&fetch, &UidFetchTask::messageFetched, this, [&](const FetchResponse &f) { fetched.append(f); });
        QVERIFY(!run(*session, fetch).isError());
        QCOMPARE(fetched.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fetched.at(i).sections.at("BODY[]"), mails.at(i));
            QCOMPARE(fetched.at(i).rfc822Size, std::optional<quint64>(mails.at(i).size()));
            QVERIFY(fetched.at(i).internalDate.isValid());
        }

        UidStoreTask store({all.uids().first()}, UidStoreTask::Mode::Add, {"\\Seen", "$Reported"});
        QVERIFY(!run(*session, store).isError());

        IdleTask idle;
        QSignalSpy exists(session.get(), &ImapSession::existsChanged);
        QSignalSpy idling(&idle, &IdleTask::idling);
        QSignalSpy idleDone(&idle, &Task::finished);
        session->enqueue(&idle);
        QVERIFY(idling.wait(kWaitMs));
        ImapTestClient other(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        QVERIFY(other.append(folder, mail("During idle", "new")));
        QVERIFY(idleDone.wait(kWaitMs));
        QVERIFY(!idleDone.first().first().value<Error>().isError());
        QVERIFY(idle.mailboxChanged());
        QVERIFY(!exists.isEmpty());
        QCOMPARE(exists.last().first().toUInt(), 4u);

        LogoutTask logout;
        QVERIFY(!run(*session, logout).isError());

        const QByteArray flags = seed.flagsOf(folder, all.uids().first());
        QVERIFY2(flags.contains("\\Seen") && flags.contains("$Reported"), flags.constData());
    }

    void oversizedMessageSkippedOnRealServer()
    {
        SOAR_REQUIRE_RIG();
        const QString folder = QStringLiteral("EngineOversized");
        ImapTestClient seed(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        QVERIFY(seed.resetFolder(folder));
        QVERIFY(seed.append(folder, mail("small", "a")));
        QVERIFY(seed.append(folder, mail("big", QByteArray(200000, 'b'))));
        QVERIFY(seed.append(folder, mail("small again", "c")));
        SessionOptions o = rigOptions(Security::ImplicitTls);
        o.maxMessageSize = 100000;
        auto session = makeSession(o);
        QVERIFY(!open(*session, alice(), folder).isError());
        UidSearchTask all({});
        QVERIFY(!run(*session, all).isError());
        UidFetchTask fetch({all.uids(), UidFetchTask::fullMessageItems()});
        QSignalSpy failed(&fetch, &UidFetchTask::messageFailed);
        QSignalSpy fetched(&fetch, &UidFetchTask::messageFetched);
        QVERIFY(!run(*session, fetch).isError());
        QCOMPARE(fetched.size(), 2);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toUInt(), all.uids().at(1));
    }
};

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imapdovecot.moc"
