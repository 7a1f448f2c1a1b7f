#include "StoreDelivery.h"
#include "StoreIngest.h"
#include "StoreTestMails.h"
#include "common/Digest.h"
#include "common/Logging.h"
#include "store/MailStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <algorithm>
#include <sstream>

using namespace soar::store;
using soar::common::Error;
using soar::store::testing::day;
using soar::store::testing::sampleMail;

Q_DECLARE_METATYPE(soar::store::IncomingMail)
Q_DECLARE_METATYPE(soar::store::MailQuery::SortColumn)

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

class TestMailStore : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<MailStore>([] { return kNow; });
        const auto opened = m_store->open(storePath());
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void ingestKeepsEveryField()
    {
        IncomingMail in = sampleMail(7);
        in.cc = QStringList {QStringLiteral("\"Doe, Jane\" <jane@example.test>"), QStringLiteral("ops@example.test")};
        in.flags = QStringList {QStringLiteral("\\Seen"), QStringLiteral("$Phishing")};
        in.attachments = {{QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"), 1234, QStringLiteral("aa"),
                              QStringLiteral("bb"), QStringLiteral("cc")},
            {QStringLiteral("logo.png"), QStringLiteral("image/png"), 10, QStringLiteral("dd"), QStringLiteral("ee"),
                QStringLiteral("ff")}};
        const auto outcome = soar::test::ingestOne(*m_store, in);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().toString()));
        QVERIFY(!outcome.value().duplicate);
        QCOMPARE(outcome.value().mailId.size(), 36); // a UUID without braces

        const auto stored = m_store->mail(outcome.value().mailId);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        const StoredMail &m = stored.value();
        QCOMPARE(m.mailId, outcome.value().mailId);
        QCOMPARE(m.resource, in.resource);
        QCOMPARE(m.folder, in.folder);
        QCOMPARE(m.uidValidity, in.uidValidity);
        QCOMPARE(m.uid, in.uid);
        QCOMPARE(m.messageId, in.messageId);
        QCOMPARE(m.rawSha256, soar::common::Digest::sha256Hex(in.raw));
        QCOMPARE(m.date, in.date);
        QCOMPARE(m.internalDate, in.internalDate);
        QCOMPARE(m.fetchedAt, kNow);
        QCOMPARE(m.fromDisplay, in.fromDisplay);
        QCOMPARE(m.fromAddress, in.fromAddress);
        QCOMPARE(m.to, in.to);
        QCOMPARE(m.cc, in.cc);
        QCOMPARE(m.subject, in.subject);
        QCOMPARE(m.size, qint64(in.raw.size()));
        QCOMPARE(m.flags, in.flags);
        QCOMPARE(m.deliveryState, DeliveryState::None);
        QCOMPARE(m.attachments, in.attachments);

        const auto raw = m_store->rawMessage(m.mailId);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value(), in.raw);
    }

    void missingDatesStayInvalid()
    {
        IncomingMail in = sampleMail(1);
        in.date = QDateTime();
        in.internalDate = QDateTime();
        in.messageId.clear();
        const auto outcome = soar::test::ingestOne(*m_store, in);
        QVERIFY(outcome.ok());
        const auto stored = m_store->mail(outcome.value().mailId);
        QVERIFY(stored.ok());
        QVERIFY(!stored.value().date.isValid());
        QVERIFY(!stored.value().internalDate.isValid());
        QVERIFY(stored.value().messageId.isEmpty());
    }

    void stableIdDoesNotDependOnTheStoreFile()
    {
        const auto first = soar::test::ingestOne(*m_store, sampleMail(3));
        QVERIFY(first.ok());
        MailStore other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other/mail.db"))).ok());
        const auto second = soar::test::ingestOne(other, sampleMail(3));
        QVERIFY(second.ok());
        QCOMPARE(second.value().mailId, first.value().mailId);
    }

    void dedup_data()
    {
        QTest::addColumn<IncomingMail>("second");
        QTest::addColumn<bool>("duplicate");
        const IncomingMail base = sampleMail(1);

        QTest::newRow("identical") << base << true;
        IncomingMail sameLocation = sampleMail(2);
        sameLocation.uid = base.uid;
        QTest::newRow("same folder, UIDVALIDITY and UID, other bytes") << sameLocation << true;
        IncomingMail copied = base;
        copied.folder = QStringLiteral("Archive");
        copied.uid = 99;
        QTest::newRow("same Message-ID and bytes in another folder") << copied << true;
        IncomingMail newValidity = base;
        newValidity.uidValidity = 2000;
        QTest::newRow("same bytes after UIDVALIDITY change") << newValidity << true;
        IncomingMail edited = base;
        edited.uid = 2;
        edited.raw += "edited\r\n";
        QTest::newRow("same Message-ID, other bytes, other UID") << edited << false;
        IncomingMail otherResource = base;
        otherResource.resource = QStringLiteral("globex");
        QTest::newRow("same mail in another resource") << otherResource << false;
        IncomingMail otherUid = base;
        otherUid.uid = 2;
        otherUid.messageId = QStringLiteral("other@example.test");
        QTest::newRow("same bytes, other Message-ID and UID") << otherUid << false;
    }

    void dedup()
    {
        QFETCH(IncomingMail, second);
        QFETCH(bool, duplicate);
        const auto first = soar::test::ingestOne(*m_store, sampleMail(1));
        QVERIFY(first.ok());
        const auto again = soar::test::ingestOne(*m_store, second);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again.value().duplicate, duplicate);
        QCOMPARE(again.value().mailId == first.value().mailId, duplicate);
        QCOMPARE(m_store->count({}).value(), duplicate ? 1 : 2);
        QCOMPARE(rowCount(QStringLiteral("mail_fts")), duplicate ? 1 : 2);
    }

    void identicalBytesShareOneRawRow()
    {
        IncomingMail otherResource = sampleMail(1, QStringLiteral("globex"));
        QVERIFY(soar::test::ingestOne(*m_store, sampleMail(1)).ok());
        QVERIFY(soar::test::ingestOne(*m_store, otherResource).ok());
        QCOMPARE(m_store->count({}).value(), 2);
        QCOMPARE(rowCount(QStringLiteral("raw_messages")), 1);
    }

    void batchIngestDedupsWithinTheBatch()
    {
        const auto outcomes = m_store->ingestBatch({sampleMail(1), sampleMail(2), sampleMail(1)});
        QVERIFY2(outcomes.ok(), qPrintable(outcomes.error().toString()));
        QCOMPARE(outcomes.value().size(), 3);
        QVERIFY(!outcomes.value().at(0).duplicate);
        QVERIFY(!outcomes.value().at(1).duplicate);
        QVERIFY(outcomes.value().at(2).duplicate);
        QCOMPARE(outcomes.value().at(2).mailId, outcomes.value().at(0).mailId);
        QCOMPARE(m_store->count({}).value(), 2);
    }

    void aMailIsLoggedAsStoredOnlyOnceCommitted()
    {
        std::ostringstream out;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
        sink->set_pattern("%v");
        soar::common::Logging::setup({QString(), false, spdlog::level::debug});
        soar::common::Logging::addSink(sink);
        const auto first = m_store->ingestBatch({sampleMail(1)}, MailStore::Commit::Later);
        QVERIFY(first.ok());
        const QString firstId = first.value().at(0).mailId;
        soar::common::Logging::flush();
        QVERIFY2(out.str().find(firstId.toStdString()) == std::string::npos, out.str().c_str());

        const auto second = m_store->ingestBatch({sampleMail(2)}, MailStore::Commit::Now);
        QVERIFY(second.ok());
        soar::common::Logging::flush();
        soar::common::Logging::removeSink(sink);
        soar::common::Logging::setup({});
        const std::string text = out.str();
        QVERIFY2(text.find("mail " + firstId.toStdString() + " stored") != std::string::npos, text.c_str());
        QVERIFY2(text.find("mail " + second.value().at(0).mailId.toStdString() + " stored") != std::string::npos, text.c_str());
    }

    void invalidMailIsRefusedAndTheRestOfTheBatchIsStored_data()
    {
        QTest::addColumn<IncomingMail>("bad");
        IncomingMail noResource = sampleMail(5);
        noResource.resource.clear();
        QTest::newRow("no resource") << noResource;
        IncomingMail noFolder = sampleMail(5);
        noFolder.folder.clear();
        QTest::newRow("no folder") << noFolder;
        IncomingMail noUid = sampleMail(5);
        noUid.uid = 0;
        QTest::newRow("UID 0") << noUid;
        IncomingMail noRaw = sampleMail(5);
        noRaw.raw.clear();
        QTest::newRow("empty raw") << noRaw;
    }

    void invalidMailIsRefusedAndTheRestOfTheBatchIsStored()
    {
        QFETCH(IncomingMail, bad);
        const auto outcomes = m_store->ingestBatch({sampleMail(1), bad, sampleMail(2)});
        QVERIFY2(outcomes.ok(), qPrintable(outcomes.error().toString()));
        QCOMPARE(outcomes.value().size(), 3);
        const Error &refused = outcomes.value().at(1).refused;
        QCOMPARE(refused.kind, Error::Kind::Internal);
        QVERIFY(refused.message.startsWith(QLatin1String("Cannot store the mail with UID")));
        QVERIFY(outcomes.value().at(1).mailId.isEmpty());
        QVERIFY(!outcomes.value().at(0).refused && !outcomes.value().at(2).refused);
        QCOMPARE(m_store->count({}).value(), 2);
        QVERIFY(m_store->mail(outcomes.value().at(2).mailId).ok());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("subject word") << QStringLiteral("invoice") << QStringList {QStringLiteral("Overdue invoice")};
        QTest::newRow("prefix") << QStringLiteral("overd") << QStringList {QStringLiteral("Overdue invoice")};
        QTest::newRow("body text") << QStringLiteral("wire transfer")
                                   << QStringList {QStringLiteral("Grüße aus Köln"), QStringLiteral("Overdue invoice")};
        QTest::newRow("attachment name") << QStringLiteral("payload.exe") << QStringList {QStringLiteral("Grüße aus Köln")};
        QTest::newRow("from address") << QStringLiteral("mallory@evil.test") << QStringList {QStringLiteral("Overdue invoice")};
        QTest::newRow("cc address") << QStringLiteral("auditor") << QStringList {QStringLiteral("Weekly report")};
        QTest::newRow("all words must match") << QStringLiteral("wire koln") << QStringList {QStringLiteral("Grüße aus Köln")};
        QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QStringList {};
        QTest::newRow("blank shows everything")
            << QStringLiteral("  ")
            << QStringList {QStringLiteral("Grüße aus Köln"), QStringLiteral("Overdue invoice"), QStringLiteral("Weekly report")};
        QTest::newRow("quotes") << QStringLiteral("\"invoice") << QStringList {QStringLiteral("Overdue invoice")};
        QTest::newRow("star alone") << QStringLiteral("*")
                                    << QStringList {QStringLiteral("Grüße aus Köln"), QStringLiteral("Overdue invoice"),
                                           QStringLiteral("Weekly report")};
        QTest::newRow("NEAR") << QStringLiteral("NEAR(wire transfer)") << QStringList {};
        QTest::newRow("minus") << QStringLiteral("-invoice") << QStringList {QStringLiteral("Overdue invoice")};
        QTest::newRow("OR is a word") << QStringLiteral("invoice OR report") << QStringList {};
        QTest::newRow("unicode") << QStringLiteral("grüße") << QStringList {QStringLiteral("Grüße aus Köln")};
        // The body goes to the index as UTF-8 bytes: non-ASCII words and IOCs must still match.
        QTest::newRow("unicode in the body") << QStringLiteral("uberweisung") << QStringList {QStringLiteral("Grüße aus Köln")};
        QTest::newRow("IP address in the body")
            << QStringLiteral("203.0.113.7") << QStringList {QStringLiteral("Grüße aus Köln")};
        QTest::newRow("IP address in order only") << QStringLiteral("7.113.0.203") << QStringList {};
        QTest::newRow("sql") << QStringLiteral("') OR 1=1; DROP TABLE mails; --") << QStringList {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, subjects);
        IncomingMail a = sampleMail(1);
        a.subject = QStringLiteral("Overdue invoice");
        a.fromAddress = QStringLiteral("mallory@evil.test");
        a.bodyTextUtf8 = "Please send the wire transfer today";
        IncomingMail b = sampleMail(2);
        b.subject = QStringLiteral("Grüße aus Köln");
        b.bodyTextUtf8 = QStringLiteral("Wire transfer details attached. Überweisung an 203.0.113.7").toUtf8();
        b.attachments = {{QStringLiteral("payload.exe"), QStringLiteral("application/octet-stream"), 5, {}, {}, {}}};
        IncomingMail c = sampleMail(3);
        c.subject = QStringLiteral("Weekly report");
        c.cc = QStringList {QStringLiteral("auditor@example.test")};
        QVERIFY(m_store->ingestBatch({a, b, c}).ok());

        MailQuery query;
        query.searchText = text;
        query.sortColumn = MailQuery::SortColumn::Subject;
        query.order = Qt::AscendingOrder;
        const auto page = m_store->list(query);
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QCOMPARE(subjectsOf(page.value()), subjects);
        QCOMPARE(m_store->count(query).value(), subjects.size());
    }

    void sorting_data()
    {
        QTest::addColumn<MailQuery::SortColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("date desc") << MailQuery::SortColumn::Date << Qt::DescendingOrder;
        QTest::newRow("date asc") << MailQuery::SortColumn::Date << Qt::AscendingOrder;
        QTest::newRow("from asc") << MailQuery::SortColumn::From << Qt::AscendingOrder;
        QTest::newRow("to desc") << MailQuery::SortColumn::To << Qt::DescendingOrder;
        QTest::newRow("subject asc") << MailQuery::SortColumn::Subject << Qt::AscendingOrder;
        QTest::newRow("size desc") << MailQuery::SortColumn::Size << Qt::DescendingOrder;
    }

    void sorting()
    {
        QFETCH(MailQuery::SortColumn, column);
        QFETCH(Qt::SortOrder, order);
        // Inserted out of order so a result in insertion order would fail.
        QVector<IncomingMail> mails;
        for (int n : {4, 1, 5, 3, 2})
            mails << sampleMail(n);
        QVERIFY(m_store->ingestBatch(mails).ok());
        MailQuery query;
        query.sortColumn = column;
        query.order = order;
        const auto page = m_store->list(query);
        QVERIFY(page.ok());
        // Every sample column grows with the mail number.
        const QStringList ascending {QStringLiteral("Mail 001"), QStringLiteral("Mail 002"), QStringLiteral("Mail 003"),
            QStringLiteral("Mail 004"), QStringLiteral("Mail 005")};
        QStringList expected = ascending;
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(subjectsOf(page.value()), expected);
    }

    void summaryCarriesTheListColumns()
    {
        IncomingMail in = sampleMail(9);
        in.attachments = {{QStringLiteral("a.txt"), QStringLiteral("text/plain"), 1, {}, {}, {}}};
        const auto id = soar::test::ingestOne(*m_store, in);
        QVERIFY(id.ok());
        const auto page = m_store->list({});
        QVERIFY(page.ok());
        QCOMPARE(page.value().size(), 1);
        const MailSummary &s = page.value().constFirst();
        QCOMPARE(s.mailId, id.value().mailId);
        QCOMPARE(s.resource, in.resource);
        QCOMPARE(s.folder, in.folder);
        QCOMPARE(s.date, in.date);
        QCOMPARE(s.fromDisplay, in.fromDisplay);
        QCOMPARE(s.fromAddress, in.fromAddress);
        QCOMPARE(s.to, in.to);
        QCOMPARE(s.subject, in.subject);
        QCOMPARE(s.size, qint64(in.raw.size()));
        QCOMPARE(s.flags, in.flags);
        QCOMPARE(s.deliveryState, DeliveryState::None);
        QCOMPARE(s.attachmentCount, 1);
    }

    void pagingCoversEveryMailOnce()
    {
        QVector<IncomingMail> mails;
        for (int n = 1; n <= 25; ++n) {
            IncomingMail mail = sampleMail(n);
            mail.date = day(n % 3); // many equal dates: the id must break ties
            mails << mail;
        }
        QVERIFY(m_store->ingestBatch(mails).ok());
        MailQuery query;
        query.limit = 10;
        QStringList seen;
        for (query.offset = 0; query.offset < 30; query.offset += query.limit) {
            const auto page = m_store->list(query);
            QVERIFY(page.ok());
            QCOMPARE(page.value().size(), qMin(10, 25 - query.offset));
            for (const MailSummary &s : page.value())
                seen << s.mailId;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 25);
        QCOMPARE(m_store->count(query).value(), 25);
    }

    void filters()
    {
        IncomingMail queued = sampleMail(2);
        queued.queueForSoar = true;
        const auto stored = m_store->ingestBatch({sampleMail(1), queued, sampleMail(3, QStringLiteral("globex"))});
        QVERIFY(stored.ok());
        const QString second = stored.value().at(1).mailId;
        QVERIFY(soar::test::setDeliveryState(*m_store, second, DeliveryState::Failed, QStringLiteral("HTTP 500")));

        MailQuery byResource;
        byResource.resource = QStringLiteral("globex");
        QCOMPARE(subjectsOf(m_store->list(byResource).value()), QStringList {QStringLiteral("Mail 003")});
        MailQuery unknownResource;
        unknownResource.resource = QStringLiteral("nobody");
        QCOMPARE(m_store->count(unknownResource).value(), 0);
        MailQuery failed;
        failed.deliveryState = DeliveryState::Failed;
        QCOMPARE(subjectsOf(m_store->list(failed).value()), QStringList {QStringLiteral("Mail 002")});
        failed.resource = QStringLiteral("acme");
        failed.searchText = QStringLiteral("mail");
        QCOMPARE(m_store->count(failed).value(), 1);
    }

    void deliveryStateNamesRoundTrip()
    {
        for (DeliveryState s : {DeliveryState::None, DeliveryState::Pending, DeliveryState::Delivered, DeliveryState::Failed})
            QCOMPARE(deliveryStateFromName(deliveryStateName(s)), std::optional<DeliveryState>(s));
        QCOMPARE(deliveryStateFromName(QStringLiteral("bogus")), std::optional<DeliveryState>());
    }

    void unknownMailIsNotFound()
    {
        QCOMPARE(m_store->mail(QStringLiteral("missing")).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_store->rawMessage(QStringLiteral("missing")).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_store->linkIncident(QStringLiteral("missing"), QStringLiteral("INC-1")).error().kind, Error::Kind::NotFound);
    }

    void damagedRawMessageIsReported()
    {
        const QString id = soar::test::ingestOne(*m_store, sampleMail(1)).value().mailId;
        QVERIFY(
            execRaw(QStringLiteral("UPDATE raw_messages SET data = X'00000004789c4b4c4a0600038b0127', archive_segment = NULL")));
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
        const auto raw = m_store->rawMessage(id);
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().kind, Error::Kind::Storage);
        QVERIFY(raw.error().message.contains(QLatin1String("SHA-256")));
    }

    void checkpointRoundTrip()
    {
        QCOMPARE(m_store->checkpoint(QStringLiteral("acme"), QStringLiteral("INBOX")).value(), std::optional<Checkpoint>());
        const Checkpoint first {1000, 41, day(3)};
        QVERIFY(m_store->setCheckpoint(QStringLiteral("acme"), QStringLiteral("INBOX"), first).ok());
        QCOMPARE(m_store->checkpoint(QStringLiteral("acme"), QStringLiteral("INBOX")).value(), std::optional<Checkpoint>(first));
        const Checkpoint moved {2000, 4294967295u, QDateTime()};
        QVERIFY(m_store->setCheckpoint(QStringLiteral("acme"), QStringLiteral("INBOX"), moved).ok());
        QCOMPARE(m_store->checkpoint(QStringLiteral("acme"), QStringLiteral("INBOX")).value(), std::optional<Checkpoint>(moved));
        QCOMPARE(m_store->checkpoint(QStringLiteral("acme"), QStringLiteral("Archive")).value(), std::optional<Checkpoint>());
        QCOMPARE(m_store->checkpoint(QStringLiteral("globex"), QStringLiteral("INBOX")).value(), std::optional<Checkpoint>());
    }

    void runHistory()
    {
        RunRecord older;
        older.resource = QStringLiteral("acme");
        older.startedAt = day(1);
        older.durationMs = 1500;
        older.matched = 10;
        older.downloaded = 9;
        older.droppedByClientCheck = 2;
        older.stored = 6;
        older.duplicates = 1;
        older.failed = 0;
        older.bytes = 123456;
        RunRecord failed;
        failed.resource = QStringLiteral("acme");
        failed.error = QStringLiteral("connection refused");
        RunRecord other;
        other.resource = QStringLiteral("globex");
        other.startedAt = day(2);
        const auto olderId = m_store->recordRun(older);
        QVERIFY(olderId.ok());
        QVERIFY(m_store->recordRun(failed).ok());
        QVERIFY(m_store->recordRun(other).ok());

        const auto acme = m_store->runs(QStringLiteral("acme"));
        QVERIFY(acme.ok());
        QCOMPARE(acme.value().size(), 2);
        QCOMPARE(acme.value().at(0).startedAt, kNow); // defaulted to the store's clock
        QCOMPARE(acme.value().at(0).error, QStringLiteral("connection refused"));
        const RunRecord &back = acme.value().at(1);
        QCOMPARE(back.id, olderId.value());
        QCOMPARE(back.startedAt, older.startedAt);
        QCOMPARE(back.durationMs, older.durationMs);
        QCOMPARE(back.matched, older.matched);
        QCOMPARE(back.downloaded, older.downloaded);
        QCOMPARE(back.droppedByClientCheck, older.droppedByClientCheck);
        QCOMPARE(back.stored, older.stored);
        QCOMPARE(back.duplicates, older.duplicates);
        QCOMPARE(back.failed, older.failed);
        QCOMPARE(back.bytes, older.bytes);
        QVERIFY(back.error.isEmpty());
        QCOMPARE(m_store->runs().value().size(), 3);
        QCOMPARE(m_store->runs({}, 1).value().size(), 1);
    }

    void incidentLinks()
    {
        const QString id = soar::test::ingestOne(*m_store, sampleMail(1)).value().mailId;
        QVERIFY(m_store->incidentLinks(id).value().isEmpty());
        QVERIFY(m_store->linkIncident(id, QStringLiteral("INC-7"), QStringLiteral("first look")).ok());
        QVERIFY(m_store->linkIncident(id, QStringLiteral("INC-9")).ok());
        QVERIFY(m_store->linkIncident(id, QStringLiteral("INC-7"), QStringLiteral("confirmed phishing")).ok());
        const auto links = m_store->incidentLinks(id);
        QVERIFY(links.ok());
        QCOMPARE(links.value().size(), 2);
        QCOMPARE(links.value().at(0).mailId, id);
        QCOMPARE(links.value().at(0).incidentId, QStringLiteral("INC-7"));
        QCOMPARE(links.value().at(0).note, QStringLiteral("confirmed phishing"));
        QCOMPARE(links.value().at(0).linkedAt, kNow);
        QCOMPARE(links.value().at(1).incidentId, QStringLiteral("INC-9"));
        QCOMPARE(m_store->linkIncident(id, QStringLiteral(" ")).error().kind, Error::Kind::Config);
    }

    void filesArePrivate()
    {
        QVERIFY(soar::test::ingestOne(*m_store, sampleMail(1)).ok());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString file = storePath() + suffix;
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(unixMode(file), 0600);
        }
        QCOMPARE(unixMode(QFileInfo(storePath()).absolutePath()), 0700);
    }

    void existingFileIsMadePrivate()
    {
        m_store.reset();
        QVERIFY(QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        m_store = std::make_unique<MailStore>([] { return kNow; });
        QVERIFY(m_store->open(storePath()).ok());
        QCOMPARE(unixMode(storePath()), 0600);
    }

    void openReportsAnUnusablePath()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MailStore store;
        const QString path = m_dir->filePath(QStringLiteral("not-a-dir/sub/mail.db"));
        const auto opened = store.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY(opened.error().message.contains(QFileInfo(path).absolutePath()));
        QCOMPARE(store.list({}).error().kind, Error::Kind::Internal);
    }

    void integrityAndPragmas()
    {
        QVERIFY(m_store->ingestBatch({sampleMail(1), sampleMail(2)}).ok());
        const auto integrity = m_store->checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.error().toString()));
        QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }

    void readerSeesCommittedMailsOnly()
    {
        MailStore reader;
        QVERIFY(reader.open(storePath()).ok());
        QCOMPARE(reader.count({}).value(), 0);
        QVERIFY(soar::test::ingestOne(*m_store, sampleMail(1)).ok());
        QCOMPARE(reader.count({}).value(), 1);

        // A writer in the middle of a transaction (another process, in real life) neither
        // blocks the reader nor shows it half a mail.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-writer"));
            raw.setDatabaseName(storePath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE mails SET subject = 'changed'")));
            QCOMPARE(subjectsOf(reader.list({}).value()), QStringList {QStringLiteral("Mail 001")});
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QCOMPARE(subjectsOf(reader.list({}).value()), QStringList {QStringLiteral("changed")});
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-writer"));

        // Both connections can write; the store file stays consistent.
        QVERIFY(soar::test::ingestOne(reader, sampleMail(2)).ok());
        QVERIFY(soar::test::ingestOne(*m_store, sampleMail(2)).value().duplicate);
        QCOMPARE(m_store->count({}).value(), 2);
        QVERIFY(reader.checkIntegrity().ok());
    }

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("data/mail.db")); }

    // QFileDevice::Permissions as the familiar octal mode (owner, group, other).
    static int unixMode(const QString &path)
    {
        const int p = int(QFile::permissions(path));
        return (((p >> 12) & 7) << 6) | (((p >> 4) & 7) << 3) | (p & 7);
    }

    static QStringList subjectsOf(const QVector<MailSummary> &rows)
    {
        QStringList subjects;
        for (const MailSummary &row : rows)
            subjects << row.subject;
        return subjects;
    }

    // A second, plain connection for looking behind the API.
    template<typename F>
    auto withRawConnection(F f) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(storePath());
        db.open();
        auto result = f(db);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return result;
    }

    int rowCount(const QString &table) const
    {
        return withRawConnection([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
        });
    }

    QString pragma(const QString &name) const
    {
        return withRawConnection([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toString() : QString();
        });
    }

    bool execRaw(const QString &statement) const
    {
        return withRawConnection([&](QSqlDatabase &db) { return QSqlQuery(db).exec(statement); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailStore> m_store;
};

QTEST_GUILESS_MAIN(TestMailStore)
#include "tst_mailstore.moc"
