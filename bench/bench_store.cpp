// Mail store benchmark: ingest rate for 10,000 generated mails (one transaction per mail, and
// batches of 500), then page-query latency with 100,000 mails in the store.
// Usage: bench_store [directory]   (default: a temporary directory, removed afterwards)
// Numbers depend heavily on the disk's fsync latency (per-mail ingest) and on other load.

#include "store/MailStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace soar::store;

namespace {

const QStringList kWords = {
    QStringLiteral("invoice"),
    QStringLiteral("payment"),
    QStringLiteral("urgent"),
    QStringLiteral("account"),
    QStringLiteral("password"),
    QStringLiteral("report"),
    QStringLiteral("meeting"),
    QStringLiteral("delivery"),
    QStringLiteral("security"),
    QStringLiteral("update"),
    QStringLiteral("review"),
    QStringLiteral("quarterly"),
    QStringLiteral("shipment"),
    QStringLiteral("verify"),
    QStringLiteral("suspended"),
    QStringLiteral("wire"),
    QStringLiteral("transfer"),
    QStringLiteral("refund"),
    QStringLiteral("contract"),
    QStringLiteral("phishing"),
};

// 1,728 made-up words drawn with a skewed (roughly Zipf-like) distribution, and now and then
// one of the real keywords above, so a search term matches a realistic share of the mails.
QString syntheticWord(int i)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pi", "qua", "zen", "bri"};
    return QString::fromLatin1(syllables[i % 12]) + QString::fromLatin1(syllables[(i / 12) % 12])
        + QString::fromLatin1(syllables[(i / 144) % 12]);
}

QString words(QRandomGenerator &random, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        if (random.bounded(100) < 3)
            out << kWords.at(int(random.bounded(kWords.size())));
        else
            out << syntheticWord(int(1728 * std::pow(random.generateDouble(), 2.5)));
    }
    return out.join(QLatin1Char(' '));
}

QString keyword(QRandomGenerator &random)
{
    return kWords.at(int(random.bounded(kWords.size())));
}

// A realistic-sized mail (about 2 KB raw) with varied subject, sender and body.
IncomingMail generatedMail(int n, QRandomGenerator &random)
{
    IncomingMail mail;
    mail.resource = QStringLiteral("bench");
    mail.folder = QStringLiteral("INBOX");
    mail.uidValidity = 1;
    mail.uid = quint32(n);
    mail.messageId = QStringLiteral("bench-%1@example.test").arg(n);
    mail.date = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(random.bounded(3 * 365 * 86400)));
    mail.internalDate = mail.date.addSecs(30);
    mail.fromAddress = QStringLiteral("user%1@sender%2.example").arg(random.bounded(5000)).arg(random.bounded(300));
    mail.fromDisplay = QStringLiteral("User %1 <%2>").arg(random.bounded(5000)).arg(mail.fromAddress);
    mail.to = QStringList {QStringLiteral("soc@example.test")};
    mail.subject = keyword(random) + QLatin1Char(' ') + words(random, 4) + QStringLiteral(" #%1").arg(n);
    mail.flags = QStringList {QStringLiteral("\\Seen")};
    mail.bodyTextUtf8 = words(random, 150).toUtf8();
    if (n % 4 == 0) {
        mail.attachments = {{QStringLiteral("%1-%2.pdf").arg(keyword(random)).arg(n), QStringLiteral("application/pdf"), 50000,
            QStringLiteral("0").repeated(32), QStringLiteral("0").repeated(40), QStringLiteral("0").repeated(64)}};
    }
    mail.raw = "From: " + mail.fromDisplay.toUtf8() + "\r\nTo: soc@example.test\r\nMessage-ID: <" + mail.messageId.toUtf8()
        + ">\r\nSubject: " + mail.subject.toUtf8() + "\r\nDate: " + mail.date.toString(Qt::RFC2822Date).toUtf8() + "\r\n\r\n"
        + mail.bodyTextUtf8 + "\r\n";
    return mail;
}

bool check(const soar::common::Result<void> &result)
{
    if (!result.ok())
        std::fprintf(stderr, "error: %s\n", qPrintable(result.error().toString()));
    return result.ok();
}

// Ingests mails [first, last] one transaction per mail (batch 1) or in batches; mails per second.
double ingest(MailStore &store, int first, int last, int batchSize)
{
    QRandomGenerator random {quint32(first)};
    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    for (int n = first; n <= last; n += batchSize) {
        QVector<IncomingMail> batch;
        for (int i = n; i <= last && i < n + batchSize; ++i)
            batch << generatedMail(i, random);
        timer.start();
        const auto outcome = store.ingestBatch(batch);
        elapsedNs += timer.nsecsElapsed();
        if (!outcome.ok()) {
            std::fprintf(stderr, "ingest failed: %s\n", qPrintable(outcome.error().toString()));
            return 0;
        }
    }
    return double(last - first + 1) / (double(elapsedNs) / 1e9);
}

struct Latency {
    double medianMs;
    double maxMs;
    int rows;
};

Latency measure(const std::function<int()> &run, int repeats = 21)
{
    QVector<double> times;
    int rows = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = run();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.constLast(), rows};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();

    std::printf("mail store benchmark (%s)\n\n", qPrintable(dir));
    std::printf("%-52s %12s\n", "ingest", "mails/s");

    {
        MailStore perMail;
        if (!check(perMail.open(dir + QStringLiteral("/per-mail.db"))))
            return 1;
        std::printf("%-52s %12.0f\n", "10,000 mails, one transaction each (sync=FULL)", ingest(perMail, 1, 10000, 1));
    }

    MailStore store;
    if (!check(store.open(dir + QStringLiteral("/batched.db"))))
        return 1;
    std::printf("%-52s %12.0f\n", "10,000 mails, batches of 500", ingest(store, 1, 10000, 500));
    const double fillRate = ingest(store, 10001, 100000, 1000);
    std::printf("%-52s %12.0f\n", "90,000 more mails, batches of 1000 (10k -> 100k)", fillRate);

    std::printf("\n%-52s %9s %9s %6s\n", "query at 100,000 mails", "median ms", "max ms", "rows");
    auto page = [&store](MailQuery query) {
        return [&store, query] {
            const auto rows = store.list(query);
            return rows.ok() ? int(rows.value().size()) : -1;
        };
    };
    auto print
        = [](const char *name, const Latency &l) { std::printf("%-52s %9.2f %9.2f %6d\n", name, l.medianMs, l.maxMs, l.rows); };
    MailQuery first;
    print("first page of 200, by date desc", measure(page(first)));
    MailQuery later = first;
    later.offset = 50000;
    print("page of 200 at offset 50,000, by date desc", measure(page(later)));
    MailQuery bySubject = first;
    bySubject.sortColumn = MailQuery::SortColumn::Subject;
    bySubject.order = Qt::AscendingOrder;
    print("first page of 200, by subject asc", measure(page(bySubject)));
    MailQuery byFrom = first;
    byFrom.sortColumn = MailQuery::SortColumn::From;
    print("first page of 200, by from desc", measure(page(byFrom)));
    MailQuery search = first;
    search.searchText = QStringLiteral("phishing wire");
    print("FTS \"phishing wire\", first page of 200 by date", measure(page(search)));
    MailQuery common = first;
    common.searchText = syntheticWord(0);
    print("FTS most common word (in ~every mail), first page", measure(page(common)));
    MailQuery rare = first;
    rare.searchText = QStringLiteral("#99999");
    print("FTS \"#99999\" (one hit)", measure(page(rare)));
    print("count(*) of FTS \"phishing wire\"", measure([&store, search] { return int(store.count(search).value()); }));
    MailQuery failed = first;
    failed.deliveryState = DeliveryState::Failed;
    print("filter delivery state = failed (no hits)", measure(page(failed)));
    MailQuery resource = later;
    resource.resource = QStringLiteral("bench");
    print("resource filter, offset 50,000, by date desc", measure(page(resource)));
    print("count(*) all", measure([&store] { return int(store.count({}).value()); }));
    return 0;
}
