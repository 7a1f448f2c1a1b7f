// The fetch cycle against each real server of the rig (Dovecot, GNU Mailutils imap4d): search,
// exact check, store, \Seen, checkpoint. Every test runs once per server (data tag).
#include "ImapTestClient.h"
#include "RigEnvironment.h"
#include "RigResource.h"
#include "TestMail.h"
#include "daemon/FetchCycle.h"
#include "daemon/ResourceMapping.h"
#include "daemon/SessionFactory.h"
#include "imap/SessionOpener.h"
#include "imap/tasks/LogoutTask.h"
#include "store/MailStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace soar;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestFetchCycle : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::MailStore> m_store;
    std::map<QString, std::unique_ptr<ImapTestClient>> m_clients; // by server name

    static test::RigServer server()
    {
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        for (const test::RigServer &s : RigEnvironment::servers()) {
            if (s.name == name)
                return s;
        }
        return {};
    }

    static void perServer()
    {
        QTest::addColumn<int>("unused"); // the data tag names the server
        for (const test::RigServer &s : RigEnvironment::servers())
            QTest::newRow(qPrintable(s.name)) << 0;
    }

    static settings::ResourceSettings resource(const QString &folder)
    {
        const test::RigServer s = server();
        settings::ResourceSettings r
            = test::rigResource(QStringLiteral("rig-%1-%2").arg(s.name, folder), s.login(RigEnvironment::kBob), folder);
        r.imap.port = s.imapsPort; // the server under test, not necessarily Dovecot
        return r;
    }

    // Runs one cycle like the daemon does; returns the run record (error in record.error).
    store::RunRecord runCycle(const settings::ResourceSettings &r, daemon::FetchCycle::Options options = {},
        QList<daemon::FetchCycle::FetchedMail> *mails = nullptr)
    {
        auto session = daemon::SessionFactory::create(daemon::ResourceMapping::sessionOptions(r));
        imap::SessionOpener opener(
            *session, daemon::ResourceMapping::credentials(r, RigEnvironment::kBobPassword), r.imap.folder);
        QSignalSpy opened(&opener, &imap::SessionOpener::finished);
        opener.start();
        if (!opened.wait(20000) || opened.first().first().value<common::Error>().isError()) {
            store::RunRecord failed;
            failed.error = QStringLiteral("could not open the session");
            return failed;
        }
        const auto checkpoint = m_store->checkpoint(r.name, r.imap.folder);
        auto plan = daemon::ResourceMapping::plan(r, checkpoint.ok() ? checkpoint.value() : std::nullopt);
        if (!plan.ok()) {
            store::RunRecord failed;
            failed.error = plan.error().message;
            return failed;
        }
        options.markSeen = r.fetch.markSeen;
        daemon::FetchCycle cycle(*session, opener.mailbox(), r.name, plan.value(), m_store.get(), options);
        QSignalSpy done(&cycle, &daemon::FetchCycle::finished);
        cycle.start();
        if (!done.wait(60000)) {
            store::RunRecord failed;
            failed.error = QStringLiteral("the cycle did not finish");
            return failed;
        }
        if (mails)
            *mails = cycle.mails();
        // Log out like the daemon: an mbox server (imap4d) writes flags to the file on close.
        imap::LogoutTask logout;
        QSignalSpy loggedOut(&logout, &imap::Task::finished);
        session->enqueue(&logout);
        loggedOut.wait(10000);
        return cycle.record();
    }

    // Bob on the server of the current data row.
    ImapTestClient &client()
    {
        const test::RigServer s = server();
        auto &c = m_clients[s.name];
        if (!c)
            c = std::make_unique<ImapTestClient>(s, RigEnvironment::kBob, RigEnvironment::kBobPassword);
        return *c;
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        for (const test::RigServer &s : RigEnvironment::servers()) {
            m_clients[s.name] = std::make_unique<ImapTestClient>(s, RigEnvironment::kBob, RigEnvironment::kBobPassword);
            QVERIFY2(m_clients[s.name]->isLoggedIn(), qPrintable(s.name + QLatin1String(": ") + m_clients[s.name]->lastError()));
        }
        m_store = std::make_unique<store::MailStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("store.sqlite"))).ok());
    }

    void unseenRunStoresMatchingMailAndMarksItSeen_data() { perServer(); }
    void unseenRunStoresMatchingMailAndMarksItSeen()
    {
        const QString folder = QStringLiteral("FetchUnseen");
        QVERIFY(client().resetFolder(folder));
        for (int i = 0; i < 3; ++i)
            QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("unseen %1").arg(i)).raw()));
        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("already read")).raw(), {"\\Seen"}));

        const auto first = runCycle(resource(folder));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.matched, 3);
        QCOMPARE(first.downloaded, 3);
        QCOMPARE(first.stored, 3);
        QCOMPARE(client().search(folder, "UNSEEN").size(), 0);

        const auto second = runCycle(resource(folder));
        QVERIFY(second.error.isEmpty());
        QCOMPARE(second.matched, 0);
        QCOMPARE(second.stored, 0);

        store::MailQuery query;
        query.resource = resource(folder).name;
        QCOMPARE(m_store->count(query).value(), 3);
    }

    void mailFailingHeaderFiltersIsNeverDownloaded_data() { perServer(); }
    void mailFailingHeaderFiltersIsNeverDownloaded()
    {
        const QString folder = QStringLiteral("FetchFromDomain");
        QVERIFY(client().resetFolder(folder));
        QVERIFY(client().append(folder, TestMail().from(QStringLiteral("sales@sumologic.com")).raw()));
        QVERIFY(client().append(folder, TestMail().from(QStringLiteral("a@eu.sumologic.com")).raw()));
        QVERIFY(client().append(folder, TestMail().from(QStringLiteral("phish@notsumologic.com")).raw()));
        QVERIFY(client().append(folder, TestMail().from(QStringLiteral("x@other.org")).raw()));
        auto r = resource(folder);
        r.filters.from = QStringLiteral("sumologic.com");

        const auto run = runCycle(r);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.matched, 3); // the server's substring match includes notsumologic.com
        QCOMPARE(run.droppedByClientCheck, 1); // ... which the exact check drops from its headers
        QCOMPARE(run.downloaded, 2); // so its body is never downloaded
        QCOMPARE(run.stored, 2);
        QCOMPARE(client().search(folder, "UNSEEN").size(), 2); // not stored -> not flagged
    }

    void textBodyFoundOnlyInAnAttachmentNameIsFetched_data() { perServer(); }
    void textBodyFoundOnlyInAnAttachmentNameIsFetched()
    {
        // imap4d's TEXT does not search the headers of MIME parts, and no server decodes an
        // RFC 2231 name: without the BODYSTRUCTURE check these two mails would be lost there.
        const QString folder = QStringLiteral("FetchTextBodyNames");
        QVERIFY(client().resetFolder(folder));
        QVERIFY(client().append(
            folder, TestMail().subject(QStringLiteral("plain name")).attach(QStringLiteral("payload.zip"), "PK").raw()));
        QVERIFY(client().append(folder,
            TestMail().subject(QStringLiteral("rfc 2231 name")).attachRfc2231(QStringLiteral("Rückzahlung.pdf"), "%PDF").raw()));
        QVERIFY(client().append(
            folder, TestMail().subject(QStringLiteral("in the text")).body(QStringLiteral("see the payload below")).raw()));
        QVERIFY(client().append(
            folder, TestMail().subject(QStringLiteral("other name")).attach(QStringLiteral("notes.txt"), "x").raw()));
        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("nothing")).raw()));
        auto r = resource(folder);
        r.filters.textBody = QStringLiteral("payload, rückzahlung");

        QList<daemon::FetchCycle::FetchedMail> mails;
        const auto run = runCycle(r, {}, &mails);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QStringList subjects;
        for (const auto &m : mails)
            subjects << QJsonDocument::fromJson(m.contract).object().value(QStringLiteral("subject")).toString();
        subjects.sort();
        QCOMPARE(subjects,
            QStringList({QStringLiteral("in the text"), QStringLiteral("plain name"), QStringLiteral("rfc 2231 name")}));
        QCOMPARE(run.stored, 3);
        QCOMPARE(run.downloaded, 3); // only the matches are downloaded; the others' structures said no
        QCOMPARE(client().search(folder, "UNSEEN").size(), 2);
    }

    void dryRunStoresAndFlagsNothing_data() { perServer(); }
    void dryRunStoresAndFlagsNothing()
    {
        const QString folder = QStringLiteral("FetchDryRun");
        QVERIFY(client().resetFolder(folder));
        QVERIFY(client().append(
            folder, TestMail().subject(QStringLiteral("Überweisung")).attach(QStringLiteral("invoice.pdf"), "%PDF").raw()));
        daemon::FetchCycle::Options options;
        options.dryRun = true;
        QList<daemon::FetchCycle::FetchedMail> mails;
        const auto run = runCycle(resource(folder), options, &mails);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().mail->subject, QStringLiteral("Überweisung"));
        QCOMPARE(mails.first().mail->attachmentNames(), QStringList {QStringLiteral("invoice.pdf")});
        QVERIFY(mails.first().mailId.isEmpty());
        QCOMPARE(client().search(folder, "UNSEEN").size(), 1);
        store::MailQuery query;
        query.resource = resource(folder).name;
        QCOMPARE(m_store->count(query).value(), 0);
    }

    void latestFetchTypeTakesEverythingNewerThanTheCheckpoint_data() { perServer(); }
    void latestFetchTypeTakesEverythingNewerThanTheCheckpoint()
    {
        const QString folder = QStringLiteral("FetchLatest");
        QVERIFY(client().resetFolder(folder));
        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("old read")).raw(), {"\\Seen"}));
        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("old unread")).raw()));
        auto r = resource(folder);
        r.fetch.type = settings::FetchType::Latest;
        r.fetch.markSeen = false;

        const auto first = runCycle(r); // first run: UNSEEN
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.stored, 1);

        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("new read")).raw(), {"\\Seen"}));
        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("new unread")).raw()));
        const auto second = runCycle(r); // later runs: everything newer, seen or not
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.matched, 2);
        QCOMPARE(second.stored, 2);

        const auto third = runCycle(r);
        QCOMPARE(third.matched, 0);
        QCOMPARE(client().search(folder, "UNSEEN").size(), 2); // markSeen off: flags untouched
    }

    void uidValidityChangeStoresOnlyNewMail_data()
    {
        // Dovecot only: imap4d hands out its mbox bookkeeping headers (X-IMAPbase with the
        // UIDVALIDITY, X-UID) as part of each mail, so a mail re-delivered into a re-created
        // folder has other bytes and is stored again (docs/store.md, dedup).
        QTest::addColumn<int>("unused");
        QTest::newRow("dovecot") << 0;
    }
    void uidValidityChangeStoresOnlyNewMail()
    {
        const QString folder = QStringLiteral("FetchUidValidity");
        QVERIFY(client().resetFolder(folder));
        const QByteArray a = TestMail().subject(QStringLiteral("a")).raw();
        const QByteArray b = TestMail().subject(QStringLiteral("b")).raw();
        QVERIFY(client().append(folder, a));
        QVERIFY(client().append(folder, b));
        auto r = resource(folder);
        r.fetch.type = settings::FetchType::Latest;
        QCOMPARE(runCycle(r).stored, 2);

        const quint32 before = client().uidValidity(folder);
        // imap4d takes UIDVALIDITY from the clock in seconds, so a folder re-created within the
        // same second keeps it; Dovecot hands out a new one every time (it may run ahead of the
        // clock after many re-creations, so waiting for the clock to pass it is no rule).
        QVERIFY(client().deleteFolder(folder));
        QVERIFY(client().createFolder(folder));
        if (client().uidValidity(folder) == before) {
            const qint64 sameSecond = QDateTime::currentSecsSinceEpoch();
            QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > sameSecond, 3000);
            QVERIFY(client().deleteFolder(folder));
            QVERIFY(client().createFolder(folder));
        }
        QVERIFY(client().uidValidity(folder) != before);
        QVERIFY(client().append(folder, a, {}, QDateTime::currentDateTimeUtc()));
        QVERIFY(client().append(folder, b, {}, QDateTime::currentDateTimeUtc()));
        QVERIFY(client().append(folder, TestMail().subject(QStringLiteral("c")).raw(), {}, QDateTime::currentDateTimeUtc()));

        const auto rescan = runCycle(r);
        QVERIFY2(rescan.error.isEmpty(), qPrintable(rescan.error));
        QCOMPARE(rescan.stored, 1);
        QCOMPARE(rescan.duplicates, 2);
        store::MailQuery query;
        query.resource = r.name;
        QCOMPARE(m_store->count(query).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFetchCycle)
#include "tst_fetchcycle.moc"
