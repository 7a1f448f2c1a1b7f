// "Add mail to incident" against the SOAR test server: the mail's summary is appended to the
// incident with the documented v2 update; without a SOAR only the local link exists.
#include "SoarTestServer.h"
#include "StoreIngest.h"
#include "TestMail.h"
#include "daemon/IncidentUpdater.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretResolver.h"
#include "store/MailStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using soar::test::SoarTestServer;
using soar::test::TestMail;

class TestIncidentUpdater : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    store::MailStore m_store;
    settings::KeychainSecretStore m_keychain {QStringLiteral("soar-imap-test")};
    settings::SecretResolver m_secrets {&m_keychain};
    QString m_mailId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("mail.db"))).ok());
        store::IncomingMail in;
        in.resource = QStringLiteral("soc");
        in.folder = QStringLiteral("INBOX");
        in.uidValidity = 1;
        in.uid = 1;
        in.messageId = QStringLiteral("phish-1@example.test");
        in.subject = QStringLiteral("Invoice overdue");
        in.fromAddress = QStringLiteral("billing@evil.example");
        in.fromDisplay = in.fromAddress;
        in.raw = TestMail().subject(in.subject).raw();
        const auto outcome = soar::test::ingestOne(m_store, in);
        QVERIFY(outcome.ok());
        m_mailId = outcome.value().mailId;
    }

    void appendsTheMailSummaryToTheIncident()
    {
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken("jwt-for-updates");
        QVERIFY(server.startPlain());
        server.addIncident(QStringLiteral("77"), QJsonObject {{QStringLiteral("id"), 77}});
        settings::ResourceSettings r;
        r.name = QStringLiteral("soc");
        r.soar.url = server.apiUrl().toString();
        r.soar.secretCommand = QStringLiteral("echo jwt-for-updates");
        daemon::IncidentUpdater updater(r, &m_secrets, &m_store);
        QSignalSpy finished(&updater, &daemon::IncidentUpdater::finished);
        updater.update(m_mailId, QStringLiteral("77"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(server.violations().isEmpty());
        const QByteArray incident = QJsonDocument(server.incident(QStringLiteral("77"))).toJson();
        QVERIFY2(incident.contains("Invoice overdue"), incident.constData());
    }

    void rejectedTokenIsReported()
    {
        SoarTestServer server(SoarTestServer::Deployment::Legacy);
        server.acceptToken("the-right-one");
        QVERIFY(server.startPlain());
        settings::ResourceSettings r;
        r.name = QStringLiteral("soc");
        r.soar.url = server.apiUrl().toString();
        r.soar.secretCommand = QStringLiteral("echo the-wrong-one");
        daemon::IncidentUpdater updater(r, &m_secrets, &m_store);
        QSignalSpy finished(&updater, &daemon::IncidentUpdater::finished);
        updater.update(m_mailId, QStringLiteral("77"));
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("invalid or expired")));
    }

    void withoutSoarOnlyTheLocalLinkExists()
    {
        settings::ResourceSettings r;
        r.name = QStringLiteral("soc");
        daemon::IncidentUpdater updater(r, &m_secrets, &m_store);
        QSignalSpy finished(&updater, &daemon::IncidentUpdater::finished);
        updater.update(m_mailId, QStringLiteral("77"));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestIncidentUpdater)
#include "tst_incidentupdater.moc"
