// The segment files that hold raw mails: appends come back byte for byte, segments roll over at
// their limit, a second writer (another process) continues where the first stopped, and damage
// is reported, not returned as a mail.
#include "StoreIngest.h"
#include "StoreTestMails.h"
#include "store/MailStore.h"
#include "store/RawArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace soar::store;
using soar::store::testing::sampleMail;

class TestRawArchive : public QObject {
    Q_OBJECT
private slots:
    void appendsReadBackByteForByte()
    {
        QTemporaryDir dir;
        RawArchive archive(dir.filePath(QStringLiteral("raw")));
        const QByteArray first("From: a\r\n\r\nfirst\r\n");
        const QByteArray second(QByteArray(100000, 'x') + QByteArray("\0\r\n", 3));
        const auto a = archive.append(first);
        const auto b = archive.append(second);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(archive.sync().ok());
        QCOMPARE(a.value().offset, 0);
        QCOMPARE(b.value().offset, first.size());
        QCOMPARE(archive.read(a.value()).value(), first);
        QCOMPARE(archive.read(b.value()).value(), second);
        // Private: the folder is the owner's only, like the database.
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("raw"))).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("raw")) + QStringLiteral("/00000001.seg")).permissions()
                & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
    }

    void segmentsRollOverAtTheirLimit()
    {
        QTemporaryDir dir;
        RawArchive archive(dir.filePath(QStringLiteral("raw")), 1000);
        QList<RawArchive::Location> locations;
        QList<QByteArray> mails;
        for (int i = 0; i < 7; ++i) {
            mails << QByteArray(300, char('a' + i));
            locations << archive.append(mails.last()).value();
        }
        QVERIFY(archive.sync().ok());
        QCOMPARE(locations.at(0).segment, 1);
        QCOMPARE(locations.at(3).segment, 2); // 4 x 300 > 1000
        QCOMPARE(locations.at(3).offset, 0);
        QCOMPARE(locations.at(6).segment, 3);
        for (int i = 0; i < mails.size(); ++i)
            QCOMPARE(archive.read(locations.at(i)).value(), mails.at(i));
        // A mail bigger than a segment still gets one of its own.
        const QByteArray big(5000, 'z');
        const auto location = archive.append(big);
        QVERIFY(archive.sync().ok());
        QCOMPARE(archive.read(location.value()).value(), big);
    }

    void aSecondWriterContinuesAtTheEnd()
    {
        // Two processes (the app and soar-imapd) take turns, each inside the store's write lock.
        QTemporaryDir dir;
        RawArchive app(dir.filePath(QStringLiteral("raw")));
        RawArchive daemon(dir.filePath(QStringLiteral("raw")));
        const auto a = app.append("app mail 1");
        QVERIFY(app.sync().ok());
        const auto b = daemon.append("daemon mail");
        QVERIFY(daemon.sync().ok());
        const auto c = app.append("app mail 2");
        QVERIFY(app.sync().ok());
        QCOMPARE(daemon.read(a.value()).value(), QByteArray("app mail 1"));
        QCOMPARE(app.read(b.value()).value(), QByteArray("daemon mail"));
        QCOMPARE(daemon.read(c.value()).value(), QByteArray("app mail 2"));
        QVERIFY(c.value().offset > b.value().offset);
    }

    void aTruncatedSegmentIsAnError()
    {
        QTemporaryDir dir;
        RawArchive archive(dir.filePath(QStringLiteral("raw")));
        const auto location = archive.append(QByteArray(500, 'm'));
        QVERIFY(archive.sync().ok());
        QVERIFY(QFile::resize(dir.filePath(QStringLiteral("raw")) + QStringLiteral("/00000001.seg"), 100));
        const auto read = archive.read(location.value());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QLatin1String("ends before the mail")), qPrintable(read.error().message));
    }

    void theStoreKeepsRawMailsInItsArchiveAndChecksThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.db"));
        MailStore store;
        QVERIFY(store.open(path).ok());
        const IncomingMail mail = sampleMail(1);
        const auto stored = soar::test::ingestOne(store, mail);
        QVERIFY(stored.ok());
        QCOMPARE(store.rawMessage(stored.value().mailId).value(), mail.raw);
        // Not a blob in the database any more.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT length(data), archive_segment FROM raw_messages")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QCOMPARE(q.value(1).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        // The same bytes again (another folder) share the one copy.
        IncomingMail copy = mail;
        copy.folder = QStringLiteral("Other");
        QVERIFY(soar::test::ingestOne(store, copy).ok());
        QCOMPARE(QFileInfo(path + QStringLiteral("-raw/00000001.seg")).size(), mail.raw.size());

        // A flipped byte is caught by the SHA-256 check.
        QFile segment(path + QStringLiteral("-raw/00000001.seg"));
        QVERIFY(segment.open(QIODevice::ReadWrite));
        segment.seek(3);
        segment.write("#");
        segment.close();
        const auto damaged = store.rawMessage(stored.value().mailId);
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.error().message.contains(QLatin1String("SHA-256 mismatch")));
    }
};

QTEST_GUILESS_MAIN(TestRawArchive)
#include "tst_rawarchive.moc"
