#include "StoreIngest.h"
#include "StoreTestMails.h"
#include "store/IdempotencyKey.h"
#include "store/MailStore.h"
#include "store/Outbox.h"
#include "store/SchemaMigrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace soar::store;
using soar::store::testing::day;
using soar::store::testing::sampleMail;

class TestOutboxStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    QDateTime m_now = day(100);

    QString path() const { return m_dir->filePath(QStringLiteral("mail.db")); }

    // Mail n of `resource` as the fetch cycle hands it over for a resource with a SOAR.
    static IncomingMail forSoar(int n, const QString &resource = QStringLiteral("acme"))
    {
        IncomingMail mail = sampleMail(n, resource);
        mail.queueForSoar = true;
        return mail;
    }
    // Stores mail n of `resource`, which queues it; returns the outbox id.
    qint64 queued(int n, const QString &resource = QStringLiteral("acme"))
    {
        const auto stored = soar::test::ingestOne(*m_store, forSoar(n, resource));
        if (!stored.ok())
            qFatal("ingest failed: %s", qPrintable(stored.error().toString()));
        const auto items = m_outbox->items(OutboxState::Pending, resource);
        if (!items.ok())
            qFatal("reading the outbox failed: %s", qPrintable(items.error().toString()));
        for (const OutboxItem &item : items.value()) {
            if (item.mailId == stored.value().mailId)
                return item.id;
        }
        qFatal("mail %d was not queued", n);
    }
    static QVector<qint64> ids(const QVector<OutboxItem> &items)
    {
        QVector<qint64> out;
        for (const auto &item : items)
            out << item.id;
        return out;
    }

private slots:
    void init()
    {
        m_now = day(100);
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<MailStore>([this] { return m_now; });
        m_outbox = std::make_unique<Outbox>([this] { return m_now; });
        QVERIFY(m_store->open(path()).ok());
        QVERIFY(m_outbox->open(path()).ok());
    }
    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
        m_dir.reset();
    }

    // The fetch cycle queues a new mail in the transaction that stores it, so a crash can never
    // leave a stored mail that is not queued; a duplicate or an unqueued resource adds nothing.
    void ingestQueuesTheMailInTheSameTransaction()
    {
        const IncomingMail mail = forSoar(7);
        const auto stored = soar::test::ingestOne(*m_store, mail);
        QVERIFY(stored.ok());
        const auto items = m_outbox->items(OutboxState::Pending, QStringLiteral("acme"));
        QCOMPARE(items.value().size(), 1);
        const OutboxItem item = items.value().first();
        QCOMPARE(item.mailId, stored.value().mailId);
        const auto stamped = m_store->mail(stored.value().mailId).value();
        QCOMPARE(item.idempotencyKey,
            IdempotencyKey::compute(QStringLiteral("acme"), mail.messageId.toUtf8(), stamped.rawSha256.toLatin1()));
        QCOMPARE(stamped.deliveryState, DeliveryState::Pending);
        QCOMPARE(item.state, OutboxState::Pending);
        QCOMPARE(item.attempts, 0);
        QCOMPARE(item.nextAttemptAt, m_now);
        QCOMPARE(item.createdAt, m_now);

        // Fetched again: a duplicate, the same single row.
        QVERIFY(soar::test::ingestOne(*m_store, mail).value().duplicate);
        IncomingMail local = sampleMail(8, QStringLiteral("acme"));
        QVERIFY(soar::test::ingestOne(*m_store, local).ok());
        QCOMPARE(m_outbox->pendingCount(QStringLiteral("acme")).value(), 1);
    }

    void dueIsOrderedByNextAttemptThenAge()
    {
        const qint64 a = queued(1);
        const qint64 b = queued(2);
        const qint64 c = queued(3);
        const qint64 d = queued(4);
        QVERIFY(m_outbox->markDelivering(a).ok());
        QVERIFY(m_outbox->markRetry(a, m_now.addSecs(60), QStringLiteral("HTTP 500")).ok());
        QVERIFY(m_outbox->markDelivering(b).ok());
        QVERIFY(m_outbox->markRetry(b, m_now.addSecs(-60), QStringLiteral("HTTP 500")).ok());
        QVERIFY(m_outbox->markDelivering(d).ok());
        QVERIFY(m_outbox->markRetry(d, m_now.addSecs(600), QStringLiteral("HTTP 500")).ok());

        QCOMPARE(ids(m_outbox->due(m_now, 10).value()), (QVector<qint64> {b, c}));
        QCOMPARE(ids(m_outbox->due(m_now, 1).value()), (QVector<qint64> {b}));
        QCOMPARE(ids(m_outbox->due(m_now.addSecs(60), 10).value()), (QVector<qint64> {b, c, a}));
        QCOMPARE(ids(m_outbox->due(m_now.addSecs(3600), 10).value()), (QVector<qint64> {b, c, a, d}));
        QCOMPARE(m_outbox->nextAttemptAt().value(), std::optional<QDateTime>(m_now.addSecs(-60)));
    }

    void dueAndCountsAreKeptPerResource()
    {
        const qint64 acme = queued(1, QStringLiteral("acme"));
        const qint64 other = queued(2, QStringLiteral("other"));
        queued(3, QStringLiteral("other"));
        QCOMPARE(ids(m_outbox->due(m_now, 10, QStringLiteral("acme")).value()), (QVector<qint64> {acme}));
        QCOMPARE(m_outbox->due(m_now, 10, QStringLiteral("other")).value().size(), 2);
        QCOMPARE(m_outbox->pendingCount(QStringLiteral("acme")).value(), 1);
        QCOMPARE(m_outbox->pendingCount(QStringLiteral("other")).value(), 2);
        QCOMPARE(m_outbox->pendingCount().value(), 3);
        QVERIFY(m_outbox->markDelivering(other).ok());
        QCOMPARE(m_outbox->pendingCount(QStringLiteral("other")).value(), 2); // in flight still counts
        QVERIFY(m_outbox->markDelivered(other, QStringLiteral("1001")).ok());
        QCOMPARE(m_outbox->pendingCount(QStringLiteral("other")).value(), 1);
        QCOMPARE(m_outbox->nextAttemptAt(QStringLiteral("none")).value(), std::optional<QDateTime>());
    }

    void deliveredIsRememberedAndShownOnTheMail()
    {
        const qint64 id = queued(1);
        QVERIFY(m_outbox->markDelivering(id).ok());
        QCOMPARE(m_outbox->item(id).value().state, OutboxState::Delivering);
        m_now = m_now.addSecs(5);
        QVERIFY(m_outbox->markDelivered(id, QStringLiteral("1001")).ok());

        const OutboxItem item = m_outbox->item(id).value();
        QCOMPARE(item.state, OutboxState::Delivered);
        QCOMPARE(item.incidentId, QStringLiteral("1001"));
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.updatedAt, m_now);
        const StoredMail mail = m_store->mail(item.mailId).value();
        QCOMPARE(mail.deliveryState, DeliveryState::Delivered);
        QCOMPARE(mail.soarIncidentId, QStringLiteral("1001"));

        // Fetched again: a duplicate that queues nothing, nothing changes, nothing is due.
        QVERIFY(soar::test::ingestOne(*m_store, forSoar(1)).value().duplicate);
        QCOMPARE(m_outbox->items(OutboxState::Pending).value().size(), 0);
        QCOMPARE(m_outbox->item(id).value().state, OutboxState::Delivered);
        QCOMPARE(m_store->mail(item.mailId).value().deliveryState, DeliveryState::Delivered);
        QVERIFY(m_outbox->due(m_now.addDays(1), 10).value().isEmpty());
        const auto retried = m_outbox->retryNow(id);
        QVERIFY(!retried.ok());
        QVERIFY(retried.error().message.contains(QLatin1String("delivered")));
    }

    void refusedItemsWaitForAManualRetry_data()
    {
        QTest::addColumn<bool>("parked");
        QTest::newRow("parked by the server") << true;
        QTest::newRow("failed locally") << false;
    }
    void refusedItemsWaitForAManualRetry()
    {
        QFETCH(bool, parked);
        const qint64 id = queued(1);
        QVERIFY(m_outbox->markDelivering(id).ok());
        const QString message = QStringLiteral("Cloud SOAR refused the incident: template_id 12 does not exist");
        QVERIFY((parked ? m_outbox->park(id, message, 400) : m_outbox->markFailed(id, message)).ok());

        OutboxItem item = m_outbox->item(id).value();
        QCOMPARE(item.state, parked ? OutboxState::Parked : OutboxState::Failed);
        QCOMPARE(item.lastError, message);
        QCOMPARE(item.httpStatus, parked ? 400 : 0);
        QCOMPARE(m_outbox->items(item.state).value().size(), 1);
        const StoredMail mail = m_store->mail(item.mailId).value();
        QCOMPARE(mail.deliveryState, DeliveryState::Failed);
        QCOMPARE(mail.soarMessage, message);
        QVERIFY(m_outbox->due(m_now.addDays(30), 10).value().isEmpty());
        QCOMPARE(m_outbox->pendingCount().value(), 0);

        m_now = m_now.addSecs(3600);
        QVERIFY(m_outbox->retryNow(id).ok());
        item = m_outbox->item(id).value();
        QCOMPARE(item.state, OutboxState::Pending);
        QCOMPARE(item.nextAttemptAt, m_now);
        QCOMPARE(ids(m_outbox->due(m_now, 10).value()), (QVector<qint64> {id}));
        QCOMPARE(m_store->mail(item.mailId).value().deliveryState, DeliveryState::Pending);
    }

    void retryKeepsTheErrorAndCountsAttempts()
    {
        const qint64 id = queued(1);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QVERIFY(m_outbox->markDelivering(id).ok());
            QVERIFY(m_outbox->markRetry(id, m_now, QStringLiteral("HTTP 503"), 503).ok());
        }
        const OutboxItem item = m_outbox->item(id).value();
        QCOMPARE(item.attempts, 3);
        QCOMPARE(item.lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(item.httpStatus, 503);
        QCOMPARE(m_store->mail(item.mailId).value().soarMessage, QStringLiteral("HTTP 503"));
    }

    void onlyAPendingItemCanStartDelivering()
    {
        const qint64 id = queued(1);
        QVERIFY(m_outbox->markDelivering(id).ok());
        const auto twice = m_outbox->markDelivering(id);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QLatin1String("delivering")));
        QCOMPARE(m_outbox->markDelivering(4242).error().kind, soar::common::Error::Kind::NotFound);
    }

    void interruptedDeliveriesAreSentAgainWithTheSameKey()
    {
        const qint64 a = queued(1);
        const qint64 b = queued(2, QStringLiteral("other"));
        const QByteArray key = m_outbox->item(a).value().idempotencyKey;
        QVERIFY(!key.isEmpty());
        QVERIFY(m_outbox->markDelivering(a).ok());
        QVERIFY(m_outbox->markDelivering(b).ok());
        QVERIFY(m_outbox->due(m_now, 10).value().isEmpty());

        m_now = m_now.addSecs(30);
        QCOMPARE(m_outbox->recoverInterrupted(QStringLiteral("acme")).value(), 1);
        const QVector<OutboxItem> due = m_outbox->due(m_now, 10).value();
        QCOMPARE(ids(due), (QVector<qint64> {a}));
        QCOMPARE(due.first().idempotencyKey, key);
        QCOMPARE(due.first().attempts, 1);
        QCOMPARE(m_outbox->recoverInterrupted().value(), 1);
        QCOMPARE(m_outbox->recoverInterrupted().value(), 0);
    }

    void removingAMailRemovesItsOutboxRow()
    {
        const qint64 id = queued(1);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM mails")));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(m_outbox->item(id).error().kind, soar::common::Error::Kind::NotFound);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    void migratesAVersion3StoreWithMails()
    {
        cleanup();
        m_dir = std::make_unique<QTemporaryDir>();
        {
            // A v3 store with mails in it, as the previous release left it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QVERIFY(SchemaMigrations::migrate(db, 3).ok());
            QVERIFY(!db.tables().contains(QStringLiteral("outbox")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        }
        // Mails written by a v3 build: insert them with the v3 schema still in place.
        insertV3Mails(3);

        m_store = std::make_unique<MailStore>([this] { return m_now; });
        m_outbox = std::make_unique<Outbox>([this] { return m_now; });
        QVERIFY(m_outbox->open(path()).ok());
        QVERIFY(m_store->open(path()).ok());
        QCOMPARE(m_store->count({}).value(), 3);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        // A mail fetched after the upgrade is queued beside them.
        QVERIFY(soar::test::ingestOne(*m_store, forSoar(9)).ok());
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        QVERIFY(m_store->checkIntegrity().ok());
    }

private:
    // Rows as a v3 build wrote them (the column set of v1-v3), straight through SQL.
    void insertV3Mails(int count)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO resources(id, name) VALUES (1, 'acme')")));
        for (int n = 1; n <= count; ++n) {
            const QString sha = QString::number(n).rightJustified(64, QLatin1Char('0'));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO raw_messages(sha256, size, data) VALUES (?, 1, x'00')")));
            q.addBindValue(sha);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO mails(mail_id, resource_id, folder, uidvalidity, uid, message_id, raw_sha256, date,"
                " internal_date, from_display, from_address, to_addrs, cc_addrs, subject, size, flags,"
                " attachment_count, fetched_at) VALUES (?, 1, 'INBOX', 1, ?, ?, ?, 0, 0, '', '', '', '', ?, 1, '', 0, 0)")));
            q.addBindValue(QStringLiteral("v3-mail-%1").arg(n));
            q.addBindValue(n);
            q.addBindValue(QStringLiteral("m%1@example.test").arg(n));
            q.addBindValue(sha);
            q.addBindValue(QStringLiteral("Mail %1").arg(n));
            QVERIFY(q.exec());
        }
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
