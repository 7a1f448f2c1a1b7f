#include "StoreIngest.h"
#include "StoreTestMails.h"
#include "common/Digest.h"
#include "store/MailStore.h"
#include "store/SchemaMigrations.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace soar::store;
using soar::store::testing::sampleMail;

namespace {
const QString kRaw = QStringLiteral("raw");

// The tables each schema version adds, in order.
const QVector<QStringList> kTablesByVersion = {
    {},
    {QStringLiteral("attachments"), QStringLiteral("checkpoints"), QStringLiteral("incident_links"), QStringLiteral("mails"),
        QStringLiteral("raw_messages"), QStringLiteral("resources")},
    {QStringLiteral("mail_fts")}, {QStringLiteral("runs")}, {QStringLiteral("outbox")},
    {}, // v5: raw mails in the archive (columns only)
    {}, // v6: the full-text index without a copy of the text (same table name)
    {}, // v7: an index for the delivered count of each run
};
} // namespace

class TestSchemaMigrations : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        QSqlDatabase::removeDatabase(kRaw);
        m_dir.reset();
    }

    void everyVersionIsKnownHere() { QCOMPARE(SchemaMigrations::latestVersion(), kTablesByVersion.size() - 1); }

    void fromEmptyFile()
    {
        {
            QSqlDatabase db = openRaw();
            QCOMPARE(SchemaMigrations::currentVersion(db).value(), 0);
            const auto migrated = SchemaMigrations::migrate(db);
            QVERIFY2(migrated.ok(), qPrintable(migrated.error().toString()));
            QCOMPARE(SchemaMigrations::currentVersion(db).value(), SchemaMigrations::latestVersion());
            QCOMPARE(tables(db), tablesUpTo(SchemaMigrations::latestVersion()));
            QVERIFY(SchemaMigrations::migrate(db).ok()); // again: nothing to do
            QCOMPARE(SchemaMigrations::currentVersion(db).value(), SchemaMigrations::latestVersion());
        }
        MailStore store;
        QVERIFY(store.open(path()).ok());
        QVERIFY(store.checkIntegrity().ok());
    }

    void eachStepAddsItsTables_data() { versions(1); }

    void eachStepAddsItsTables()
    {
        QFETCH(int, version);
        QSqlDatabase db = openRaw();
        QVERIFY(SchemaMigrations::migrate(db, version).ok());
        QCOMPARE(SchemaMigrations::currentVersion(db).value(), version);
        QCOMPARE(tables(db), tablesUpTo(version));
    }

    void fromEveryEarlierVersion_data() { versions(0, SchemaMigrations::latestVersion() - 1); }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const IncomingMail old = sampleMail(1);
        {
            QSqlDatabase db = openRaw();
            QVERIFY(SchemaMigrations::migrate(db, version).ok());
            if (version >= 1)
                QVERIFY(insertOldMail(db, old, version));
        }
        MailStore store;
        const auto opened = store.open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QVERIFY(store.checkIntegrity().ok());
        {
            QSqlDatabase db = openRaw();
            QCOMPARE(SchemaMigrations::currentVersion(db).value(), SchemaMigrations::latestVersion());
            QCOMPARE(tables(db), tablesUpTo(SchemaMigrations::latestVersion()));
            // Contentless since v6: FTS5 keeps no shadow copy of the indexed text.
            QSqlQuery content(db);
            QVERIFY(content.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'mail_fts_content'")));
            QVERIFY(content.next());
            QCOMPARE(content.value(0).toInt(), 0);
        }

        const int oldMails = version >= 1 ? 1 : 0;
        QCOMPARE(store.count({}).value(), oldMails);
        MailQuery bySubject;
        bySubject.searchText = old.subject; // the v2 step indexes mails stored before it
        QCOMPARE(store.count(bySubject).value(), oldMails);
        if (oldMails) {
            const auto raw = store.rawMessage(QStringLiteral("old-1"));
            QVERIFY(raw.ok());
            QCOMPARE(raw.value(), old.raw);
        }
        const auto again = soar::test::ingestOne(store, old);
        QVERIFY(again.ok());
        QCOMPARE(again.value().duplicate, bool(oldMails));
        const IncomingMail fresh = sampleMail(2);
        const auto stored = soar::test::ingestOne(store, fresh);
        QVERIFY(stored.ok());
        QCOMPARE(store.rawMessage(stored.value().mailId).value(), fresh.raw); // from the archive
        QVERIFY(QFileInfo::exists(path() + QStringLiteral("-raw/00000001.seg")));
        QVERIFY(store.recordRun({}).ok());
        QCOMPARE(store.count({}).value(), 2);
    }

    void refusesANewerStore()
    {
        {
            QSqlDatabase db = openRaw();
            QVERIFY(SchemaMigrations::migrate(db).ok());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
        }
        MailStore store;
        const auto opened = store.open(path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, soar::common::Error::Kind::Storage);
        QVERIFY(opened.error().message.contains(QLatin1String("newer soar-imap")));
        QCOMPARE(store.list({}).error().kind, soar::common::Error::Kind::Internal); // not open
    }

    void failedStepLeavesTheOldVersion()
    {
        QSqlDatabase db = openRaw();
        QVERIFY(SchemaMigrations::migrate(db, 2).ok());
        // Something in the way of step 3: its CREATE TABLE fails, the step rolls back whole.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE runs (x)")));
        const auto migrated = SchemaMigrations::migrate(db);
        QVERIFY(!migrated.ok());
        QVERIFY(migrated.error().message.contains(QLatin1String("upgrade the schema to version 3")));
        QCOMPARE(SchemaMigrations::currentVersion(db).value(), 2);
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("mail.db")); }

    QSqlDatabase openRaw() const
    {
        QSqlDatabase db = QSqlDatabase::contains(kRaw) ? QSqlDatabase::database(kRaw, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kRaw);
        db.setDatabaseName(path());
        db.open();
        return db;
    }

    static void versions(int from, int to = SchemaMigrations::latestVersion())
    {
        QTest::addColumn<int>("version");
        for (int v = from; v <= to; ++v)
            QTest::addRow("v%d", v) << v;
    }

    static QStringList tablesUpTo(int version)
    {
        QStringList all;
        for (int v = 1; v <= version; ++v)
            all << kTablesByVersion.at(v);
        all.sort();
        return all;
    }

    // Tables a person created (FTS5 shadow tables and SQLite's own are left out).
    static QStringList tables(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " AND name NOT LIKE 'mail_fts_%' ORDER BY name"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    // A mail written the way a build at that schema version wrote it.
    static bool insertOldMail(const QSqlDatabase &db, const IncomingMail &mail, int version)
    {
        QSqlQuery q(db);
        const QString sha = soar::common::Digest::sha256Hex(mail.raw);
        bool ok = q.exec(QStringLiteral("INSERT INTO resources(id, name) VALUES (1, 'acme')"));
        ok = ok && q.prepare(QStringLiteral("INSERT INTO raw_messages(sha256, size, data) VALUES (?, ?, ?)"));
        q.addBindValue(sha);
        q.addBindValue(mail.raw.size());
        q.addBindValue(qCompress(mail.raw));
        ok = ok && q.exec();
        ok = ok
            && q.prepare(QStringLiteral(
                "INSERT INTO mails(mail_id, resource_id, folder, uidvalidity, uid, message_id, raw_sha256, date, internal_date,"
                " from_display, from_address, to_addrs, cc_addrs, subject, size, flags, attachment_count, fetched_at)"
                " VALUES ('old-1', 1, ?, ?, ?, ?, ?, 0, 0, ?, ?, '', '', ?, ?, '', 0, 0)"));
        for (const QVariant &v : QVariantList {mail.folder, mail.uidValidity, mail.uid, mail.messageId, sha, mail.fromDisplay,
                 mail.fromAddress, mail.subject, mail.raw.size()})
            q.addBindValue(v);
        ok = ok && q.exec();
        if (version >= 2) {
            ok = ok
                && q.prepare(QStringLiteral("INSERT INTO mail_fts(rowid, subject, addresses, body, attachments)"
                                            " SELECT id, subject, from_address, '', '' FROM mails"));
            ok = ok && q.exec();
        }
        if (!ok)
            qWarning("v1 insert failed: %s", qPrintable(q.lastError().text()));
        return ok;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
