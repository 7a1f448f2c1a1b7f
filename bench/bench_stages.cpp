// The fetch path stage by stage, no rig needed:
//   bench_stages [--count N] [--group G] [--groups-per-commit C] [--cache-kib K]
// Runs the bench folder's N generated mails (bench_fetch seeds Dovecot with the same ones)
// through the stages soar-imapd runs on each fetched mail, one stage at a time, and prints the
// CPU seconds (user + sys of the thread, not wall time: the machine is shared) and microseconds per mail of each:
//   parse    MailParser::parse: GMime, transfer-encoding checks and decoding, charsets,
//            attachment digests and the raw mail's SHA-256
//   digest   of which: MD5 + SHA-1 + SHA-256 of every attachment and SHA-256 of every raw mail
//            (computed again on their own, the share parse spends on them)
//   html     the indexed text: HTML to text where a mail has no plain part (MailConverter::indexedText)
//   record   the exact filter facts and the store record (MailConverter::toFacts, toIncoming)
//   store    MailStore::ingestBatch in groups of G (default 100, as soar-imapd) into a new store,
//            one commit per C groups (default: as CommitPipeline when the writer falls behind):
//            raw archive, rows, full-text index, commit with fdatasync
//   index    of which: the full-text index (store run again without body text; the difference)
// A regression in `scripts/bench` shows here as the stage that grew. docs/BENCHMARKS.md has the
// figures.
#include "common/Digest.h"
#include "common/PayloadDigests.h"
#include "daemon/CommitPipeline.h"
#include "daemon/MailConverter.h"
#include "mime/MailParser.h"
#include "store/MailStore.h"
#include "store/StoreConnection.h"

#include "BenchCorpus.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <type_traits>

#include <time.h>

namespace {

using namespace soar;

// This thread's CPU time, user + sys.
double cpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Adds the CPU time of each call to its stage's total.
class StageClock {
public:
    template<typename F>
    auto time(double &total, F &&stage)
    {
        const double before = cpuSeconds();
        if constexpr (std::is_void_v<decltype(stage())>) {
            stage();
            total += cpuSeconds() - before;
        } else {
            auto result = stage();
            total += cpuSeconds() - before;
            return result;
        }
    }
};

void report(const char *name, double seconds, int count)
{
    std::printf("%-8s %7.3f core-s  %7.1f us/mail\n", name, seconds, seconds * 1e6 / count);
}

void openStore(store::MailStore &mailStore, const QString &path, int cacheKiB)
{
    if (auto opened = mailStore.open(path, cacheKiB); !opened.ok()) {
        std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(opened.error().message));
        std::exit(1);
    }
}

void ingest(store::MailStore &mailStore, const QVector<store::IncomingMail> &group, store::MailStore::Commit commit)
{
    if (auto stored = mailStore.ingestBatch(group, commit); !stored.ok()) {
        std::fprintf(stderr, "storing failed: %s\n", qPrintable(stored.error().message));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int count = option(QStringLiteral("--count"), 10000);
    const int group = option(QStringLiteral("--group"), 100);
    // As CommitPipeline when the writer is behind (the 10,000-mail fetch): one commit per so many groups.
    const int groupsPerCommit
        = std::max(1, option(QStringLiteral("--groups-per-commit"), daemon::CommitPipeline::kMaxGroupsPerCommit));
    const int cacheKiB = option(QStringLiteral("--cache-kib"), store::StoreConnection::kWriterCacheKiB);

    // One mail at a time through every stage, as soar-imapd does, each stage on its own clock.
    // The store runs twice side by side, the second without body text: the difference is the
    // full-text index.
    QTemporaryDir dir;
    store::MailStore withText;
    store::MailStore withoutText;
    openStore(withText, dir.filePath(QStringLiteral("with-text.db")), cacheKiB);
    openStore(withoutText, dir.filePath(QStringLiteral("without-text.db")), cacheKiB);
    StageClock clock;
    double parse = 0, digest = 0, html = 0, record = 0, stored = 0, storedWithoutText = 0;
    QVector<store::IncomingMail> pending;
    int groups = 0;
    const auto flush = [&](bool last) {
        const auto commit
            = last || ++groups % groupsPerCommit == 0 ? store::MailStore::Commit::Now : store::MailStore::Commit::Later;
        clock.time(stored, [&] { ingest(withText, pending, commit); });
        for (store::IncomingMail &r : pending)
            r.bodyTextUtf8.clear();
        clock.time(storedWithoutText, [&] { ingest(withoutText, pending, commit); });
        pending.clear();
    };
    for (int i = 0; i < count; ++i) {
        const QByteArray raw = generateMail(i);
        const mime::Mail mail
            = clock.time(parse, [&] { return mime::MailParser::parse(raw, {}, QDateTime::currentDateTimeUtc()); });
        clock.time(digest, [&] {
            for (const mime::Attachment &a : mail.attachments)
                common::PayloadDigests::of(a.data);
            common::Digest::sha256Hex(raw);
        });
        const QString text = clock.time(html, [&] { return daemon::MailConverter::indexedText(mail, nullptr); });
        clock.time(record, [&] {
            daemon::MailConverter::toFacts(mail, quint32(i + 1), false, nullptr);
            pending.append(daemon::MailConverter::toIncoming(
                mail, raw, {QStringLiteral("bench"), QStringLiteral("INBOX"), 1, quint32(i + 1), {}}, text));
        });
        if (pending.size() == group)
            flush(i + 1 == count);
    }
    if (!pending.isEmpty())
        flush(true);

    std::printf("%d mails, store groups of %d, %d per commit, SQLite cache %d KiB\n", count, group, groupsPerCommit, cacheKiB);
    report("parse", parse, count);
    report(" digest", digest, count);
    report("html", html, count);
    report("record", record, count);
    report("store", stored, count);
    report(" index", stored - storedWithoutText, count);
    report("total", parse + html + record + stored, count);
    return 0;
}
