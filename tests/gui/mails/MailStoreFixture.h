#pragma once

#include "StoreIngest.h"
#include "TestMail.h"
#include "daemon/MailConverter.h"
#include "mime/MailParser.h"
#include "store/MailStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace soar::test::gui {

// A mail store in a temporary directory and helpers to fill it the way the daemon does: raw
// bytes parsed by the MIME parser, converted, ingested.
struct MailStoreFixture {
    QTemporaryDir dir;
    store::MailStore store;
    quint32 nextUid = 1;

    bool open() { return dir.isValid() && store.open(dir.filePath(QStringLiteral("mail.db"))).ok(); }

    // queueForSoar: the resource has a SOAR, so the ingest also queues the mail in the outbox.
    store::IncomingMail incoming(
        const QByteArray &raw, const QString &resource = QStringLiteral("soc-inbox"), bool queueForSoar = false)
    {
        daemon::MailConverter::Origin origin;
        origin.resource = resource;
        origin.folder = QStringLiteral("INBOX");
        origin.uidValidity = 7;
        origin.uid = nextUid++;
        const mime::Mail parsed = mime::MailParser::parse(raw);
        store::IncomingMail mail = daemon::MailConverter::toIncoming(parsed, raw, origin, parsed.bodyText());
        mail.queueForSoar = queueForSoar;
        return mail;
    }

    // The stored mail's id; empty (and a failed QVERIFY in the caller) when ingest failed.
    QString ingest(const QByteArray &raw, const QString &resource = QStringLiteral("soc-inbox"), bool queueForSoar = false)
    {
        const auto outcome = ingestOne(store, incoming(raw, resource, queueForSoar));
        return outcome.ok() ? outcome.value().mailId : QString();
    }

    bool ingestMany(int count, const QString &subjectPrefix)
    {
        QVector<store::IncomingMail> mails;
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            mails.append(incoming(TestMail()
                                      .from(QStringLiteral("bulk%1@example.org").arg(i))
                                      .subject(QStringLiteral("%1 %2").arg(subjectPrefix).arg(i, 5, 10, QLatin1Char('0')))
                                      .date(start.addSecs(60 * i))
                                      .raw()));
        }
        return store.ingestBatch(mails).ok();
    }

    static QDateTime day(int n) { return QDateTime(QDate(2026, 3, 1).addDays(n), QTime(9, 30), Qt::UTC); }

    // ~30 varied mails: two resources, non-ASCII subjects, attachments, HTML, indicators, states.
    // Returns the ids in ingest order. The mails at the indexes in `queued` are queued for the
    // SOAR (test::setDeliveryState moves them on).
    QStringList ingestVaried(const QList<int> &queued = {})
    {
        QStringList ids;
        const QStringList senders {QStringLiteral("billing@paypa1-secure.com"), QStringLiteral("hr@example.com"),
            QStringLiteral("ceo@example.com"), QStringLiteral("noreply@dhl-tracking.info"),
            QStringLiteral("it-support@example.com")};
        const QStringList subjects {QStringLiteral("Your account is suspended"), QStringLiteral("Updated holiday policy"),
            QStringLiteral("Urgent wire transfer"), QStringLiteral("Parcel could not be delivered"),
            QStringLiteral("Password expires today"), QStringLiteral("Quarterly report")};
        for (int i = 0; i < 26; ++i) {
            TestMail mail;
            mail.from(senders.at(i % senders.size()))
                .subject(subjects.at(i % subjects.size()) + QStringLiteral(" #%1").arg(i))
                .date(day(i))
                .body(QStringLiteral("Hello,\nplease review item %1 before Friday.\nRegards").arg(i));
            if (i % 4 == 0)
                mail.attach(QStringLiteral("report-%1.pdf").arg(i), QByteArray("%PDF-1.4 fake ") + QByteArray::number(i),
                    "application/pdf");
            ids << ingest(
                mail.raw(), i % 3 == 0 ? QStringLiteral("abuse-desk") : QStringLiteral("soc-inbox"), queued.contains(i));
        }
        ids << ingest(phishing().raw(), QStringLiteral("soc-inbox"), queued.contains(26));
        ids << ingest(TestMail()
                          .from(QStringLiteral("juergen@example.de"))
                          .subject(QStringLiteral("Rechnung für März – dringend"))
                          .date(day(27))
                          .body(QStringLiteral("Bitte zahlen Sie bis morgen."))
                          .raw());
        ids << ingest(TestMail()
                          .from(QStringLiteral("tracker@newsletter.example"))
                          .subject(QStringLiteral("Newsletter with pictures"))
                          .date(day(28))
                          .body(QString())
                          .html(QStringLiteral("<p>Hi</p>"))
                          .raw());
        ids << ingest(TestMail()
                          .from(QStringLiteral("forwarder@example.com"))
                          .subject(QStringLiteral("FW: suspicious mail attached"))
                          .date(day(29))
                          .body(QStringLiteral("See the attached mail."))
                          .attach(QStringLiteral("suspicious.eml"),
                              TestMail()
                                  .from(QStringLiteral("attacker@evil-domain.net"))
                                  .subject(QStringLiteral("Reset your password"))
                                  .body(QStringLiteral("Go to http://evil-domain.net/reset now"))
                                  .raw(),
                              "application/octet-stream")
                          .raw());
        return ids;
    }

    static TestMail phishing()
    {
        TestMail mail;
        mail.from(QStringLiteral("security@paypa1-secure.com"))
            .subject(QStringLiteral("Unusual sign-in activity"))
            .date(day(26))
            .header(QStringLiteral("X-Originating-IP"), QStringLiteral("[203.0.113.45]"))
            .body(QStringLiteral("We noticed a sign-in from 198.51.100.23.\n"
                                 "Verify at https://paypa1-secure.com/verify?id=42 or hxxp://evil[.]example.net/x\n"))
            .html(QStringLiteral("<p>Verify <a href=\"https://paypa1-secure.com/verify?id=42\">here</a></p>"))
            .attach(QStringLiteral("invoice.pdf"), QByteArray("%PDF-1.7 phishing invoice"), "application/pdf");
        return mail;
    }
};

} // namespace soar::test::gui
