// What Gmail and Exchange Online answer, replayed by a scripted server over a real socket
// through Test Saved Settings. The answers are copied from the providers' public transcripts:
// Gmail's LIST with its "[Gmail]" container and special-use folders (RFC 6154; Google, "IMAP
// extensions", developers.google.com/gmail/imap/imap-extensions), and Gmail's LOGIN refusals
// with [ALERT] (support.google.com/mail/answer/7126229, "Application-specific password
// required"). The XOAUTH2 failure continuation (a "+" with base64 JSON answered by an empty line
// before the tagged NO, developers.google.com/gmail/imap/xoauth2-protocol) is in
// tests/unit/imap/tst_imapsession (xoauth2FailureChallenge).
#include "FakeKeychain.h"
#include "GmailScript.h"
#include "ImapdRunner.h"
#include "ScriptedImapServer.h"

#include "daemon/SettingsTester.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using soar::test::FakeKeychain;
using soar::test::ImapdRunner;
using soar::test::listLikeGmail;
using soar::test::ScriptedImapServer;

class TestProviderQuirks : public QObject {
    Q_OBJECT
private:
    FakeKeychain m_keychain;
    settings::SecretResolver m_secrets {&m_keychain};

    settings::ResourceSettings resource(const ScriptedImapServer &server)
    {
        const settings::ResourceSettings r
            = ScriptedImapServer::loopbackResource(server.port(), QStringLiteral("gmail"), QStringLiteral("soc@example.com"));
        m_keychain.entries.insert(settings::SecretKeys::imapPassword(r.name), QStringLiteral("not-an-app-password"));
        return r;
    }

    struct Run {
        bool ok = false;
        QList<daemon::SettingsTester::Step> steps;
        QList<daemon::FolderChoice> folders;
        QString failure; // the failed step, for the test's message
    };

    Run test(const settings::ResourceSettings &r)
    {
        daemon::SettingsTester tester(r, &m_secrets);
        QSignalSpy finished(&tester, &daemon::SettingsTester::finished);
        tester.start();
        if (!finished.wait(20000))
            return {};
        QString failure;
        for (const auto &s : tester.steps()) {
            if (!s.ok)
                failure = s.id + QStringLiteral(": ") + s.message;
        }
        return {finished.first().first().toBool(), tester.steps(), tester.folders(), failure};
    }

    static daemon::SettingsTester::Step step(const Run &run, const QString &id)
    {
        for (const auto &s : run.steps) {
            if (s.id == id)
                return s;
        }
        return {};
    }

private slots:
    void gmailContainerIsNotOfferedAsAFolder()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        listLikeGmail(server);
        const Run run = test(resource(server));
        QVERIFY2(run.ok, qPrintable(run.failure));
        QStringList names;
        for (const auto &folder : run.folders)
            names << folder.name;
        QCOMPARE(names,
            QStringList({QStringLiteral("INBOX"), QStringLiteral("[Gmail]/All Mail"), QStringLiteral("[Gmail]/Drafts"),
                QStringLiteral("[Gmail]/Important"), QStringLiteral("[Gmail]/Sent Mail"), QStringLiteral("[Gmail]/Spam"),
                QStringLiteral("[Gmail]/Starred"), QStringLiteral("[Gmail]/Trash")}));
        // RFC 6154: each special-use folder says what it is for.
        QStringList labels;
        for (const auto &folder : run.folders)
            labels << folder.label();
        QCOMPARE(labels,
            QStringList({QStringLiteral("INBOX"), QStringLiteral("[Gmail]/All Mail — all mail"),
                QStringLiteral("[Gmail]/Drafts — drafts"), QStringLiteral("[Gmail]/Important — important"),
                QStringLiteral("[Gmail]/Sent Mail — sent mail"), QStringLiteral("[Gmail]/Spam — junk (spam)"),
                QStringLiteral("[Gmail]/Starred — starred / flagged"), QStringLiteral("[Gmail]/Trash — trash")}));
    }

    // soar-imapd test-settings names the folders and what each is for, as text and as JSON.
    void testSettingsCommandNamesWhatEachFolderIsFor()
    {
        ScriptedImapServer server;
        QVERIFY(server.listen());
        listLikeGmail(server);
        server.on("UID SEARCH", "* SEARCH\r\n{tag} OK SEARCH completed (Success)\r\n");
        QTemporaryDir dir;
        ImapdRunner imapd(dir.path(),
            ImapdRunner::Resource::scripted(
                QStringLiteral("gmail"), server.port(), QStringLiteral("soc@example.com"), QStringLiteral("app-password")));

        const auto json = imapd.run({QStringLiteral("test-settings"), QStringLiteral("--json")});
        QVERIFY2(json.finished && json.exitCode == 0, json.err.constData());
        const QJsonArray folders
            = QJsonDocument::fromJson(json.out).array().at(0).toObject().value(QStringLiteral("folders")).toArray();
        QCOMPARE(folders.size(), 8); // no "[Gmail]" container
        QCOMPARE(folders.at(0).toObject(), QJsonObject({{QStringLiteral("name"), QStringLiteral("INBOX")}}));
        QCOMPARE(folders.at(5).toObject(),
            QJsonObject({{QStringLiteral("name"), QStringLiteral("[Gmail]/Spam")},
                {QStringLiteral("specialUse"), QStringLiteral("\\Junk")},
                {QStringLiteral("purpose"), QStringLiteral("junk (spam)")}}));

        const auto text = imapd.run({QStringLiteral("test-settings")});
        QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("    [Gmail]/Spam — junk (spam)\n"), text.out.constData());
        QVERIFY(text.out.contains("    [Gmail]/All Mail — all mail\n"));
    }

    void gmailAlertReachesTheAnalyst_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("shown");
        QTest::newRow("app password required")
            << QByteArray("{tag} NO [ALERT] Application-specific password required: "
                          "https://support.google.com/accounts/answer/185833 (Failure)\r\n")
            << "Application-specific password required: https://support.google.com/accounts/answer/185833";
        QTest::newRow("web login required")
            << QByteArray("{tag} NO [ALERT] Please log in via your web browser: "
                          "https://support.google.com/mail/accounts/answer/78754 (Failure)\r\n")
            << "Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754";
        QTest::newRow("invalid credentials")
            << QByteArray("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n") << "Invalid credentials (Failure)";
    }

    void gmailAlertReachesTheAnalyst()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, shown);
        ScriptedImapServer server;
        QVERIFY(server.listen());
        server.setGreeting("* OK Gimap ready for requests from 127.0.0.1 r1mb123456\r\n");
        server.on("CAPABILITY",
            "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR "
            "AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER\r\n{tag} OK Thats all she wrote!\r\n");
        server.on("AUTHENTICATE", answer);
        server.on("LOGIN", answer);
        const Run run = test(resource(server));
        QVERIFY(!run.ok);
        const auto login = step(run, QStringLiteral("login"));
        QVERIFY(!login.ok);
        QVERIFY2(login.message.contains(shown), qPrintable(login.message));
        QVERIFY(!login.message.contains(QStringLiteral("not-an-app-password")));
    }
};

QTEST_GUILESS_MAIN(TestProviderQuirks)
#include "tst_providerquirks.moc"
