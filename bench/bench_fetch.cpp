// Fetch benchmark against the rig's Dovecot (run through tests/rig/with-rig.sh):
//   bench_fetch [--count N] [--batch B] [--depth D] [--no-mbsync] [--text-body-only]
// Seeds a folder with N generated, realistic messages (mixed sizes, HTML, base64 attachments,
// non-ASCII), then in one run measures, over implicit TLS:
//   raw     one "UID FETCH 1:* (BODY.PEEK[])" over a bare QSslSocket read to the end (the limit)
//   engine  ImapSession + UidFetchTask fetching every body, messages delivered one by one
//   mbsync  isync pulling the same folder into a temporary Maildir (with and without fsync)
// and prints messages/s, MB/s and the peak RSS of each phase. Then the cost of a Text Body
// filter's plan: today's single "UID SEARCH TEXT v" against the fetch cycle's full plan (the
// same search, the search without TEXT, BODYSTRUCTURE of the difference checked for the value
// in attachment names), for a value in no mail and one TEXT finds in the attachment names.
#include "daemon/FetchCycle.h"
#include "imap/ImapSession.h"
#include "imap/QtTimer.h"
#include "imap/SessionOpener.h"
#include "imap/tasks/UidFetchTask.h"
#include "imap/tasks/UidSearchTask.h"
#include "imap/transport/SslTransport.h"
#include "rules/FilterSpec.h"

#include "BenchCorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace soar::imap;

namespace {

constexpr int kTimeoutMs = 600000;

QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

struct Rig {
    QString host = env("SOAR_RIG_HOST").isEmpty() ? QStringLiteral("127.0.0.1") : env("SOAR_RIG_HOST");
    quint16 imapsPort = quint16(env("SOAR_RIG_IMAPS_PORT").toUShort());
    QString ca = env("SOAR_RIG_CA");
    QString user = QStringLiteral("bob");
    QString password = QStringLiteral("bob-secret");
};

// Peak RSS since the last reset, in MiB (Linux: VmHWM, reset through clear_refs).
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// A minimal blocking client for seeding and for the raw measurement.
class RawClient {
public:
    explicit RawClient(const Rig &rig)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile ca(rig.ca);
        if (ca.open(QIODevice::ReadOnly))
            config.addCaCertificates(QSslCertificate::fromData(ca.readAll()));
        m_socket.setSslConfiguration(config);
        m_socket.setReadBufferSize(0);
        m_socket.connectToHostEncrypted(rig.host, rig.imapsPort, QStringLiteral("localhost"));
        m_ok = m_socket.waitForEncrypted(kTimeoutMs) && readLine().startsWith("* OK")
            && command("LOGIN " + rig.user.toUtf8() + ' ' + rig.password.toUtf8()).contains(" OK");
    }
    bool ok() const { return m_ok; }

    QByteArray readLine()
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(kTimeoutMs))
                return {};
        }
        return m_socket.readLine();
    }

    // Reads until the tagged line; literals are not expected in these answers.
    QByteArray command(const QByteArray &cmd)
    {
        const QByteArray tag = "r" + QByteArray::number(++m_tag);
        m_socket.write(tag + ' ' + cmd + "\r\n");
        QByteArray all;
        for (;;) {
            const QByteArray line = readLine();
            if (line.isEmpty())
                return all;
            all += line;
            if (line.startsWith(tag + ' '))
                return all;
        }
    }

    // Pipelined APPENDs with LITERAL+.
    bool append(const QByteArray &folder, const QList<QByteArray> &mails)
    {
        QByteArray out;
        for (const QByteArray &m : mails)
            out += "s" + QByteArray::number(++m_tag) + " APPEND " + folder + " {" + QByteArray::number(m.size()) + "+}\r\n" + m
                + "\r\n";
        m_socket.write(out);
        int done = 0;
        while (done < mails.size()) {
            const QByteArray line = readLine();
            if (line.isEmpty())
                return false;
            if (line.startsWith('s')) {
                if (!line.contains(" OK "))
                    return false;
                ++done;
            }
        }
        return true;
    }

    // The practical limit: one FETCH of every body, read to the end without parsing.
    qint64 fetchAllRaw()
    {
        const QByteArray tag = "r" + QByteArray::number(++m_tag);
        const QByteArray done = "\r\n" + tag + " OK";
        m_socket.write(tag + " UID FETCH 1:* (BODY.PEEK[])\r\n");
        qint64 total = 0;
        QByteArray tail;
        for (;;) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(kTimeoutMs))
                return -1;
            const QByteArray chunk = m_socket.readAll();
            total += chunk.size();
            tail = (tail + chunk).right(256);
            if (tail.contains(done) && tail.endsWith("\r\n"))
                return total;
        }
    }

private:
    QSslSocket m_socket;
    bool m_ok = false;
    int m_tag = 0;
};

struct Measure {
    const char *name;
    double seconds;
    qint64 messages;
    qint64 bytes;
    double peakMiB;
    double busyCoreSeconds = 0; // CPU time of the whole machine meanwhile (Dovecot included)
};

// CPU seconds the machine has spent busy since boot, all cores and processes (/proc/stat).
// The rig's Dovecot runs on the same cores as the client, so a run's cost is this difference.
double machineBusySeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readLine().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal
    if (fields.size() < 9)
        return 0;
    double jiffies = 0;
    for (int i : {1, 2, 3, 6, 7, 8})
        jiffies += fields.at(i).toDouble();
    return jiffies / double(sysconf(_SC_CLK_TCK));
}

void print(const Measure &m, double rawSeconds)
{
    std::printf("%-22s %8.2f s %9.0f msg/s %8.1f MB/s  peak RSS %6.1f MiB  %5.0f%% of raw  %5.2f core-s busy\n", m.name,
        m.seconds, double(m.messages) / m.seconds, double(m.bytes) / 1e6 / m.seconds, m.peakMiB, rawSeconds / m.seconds * 100.0,
        m.busyCoreSeconds);
}

bool seed(const Rig &rig, const QByteArray &folder, int count, qint64 *totalBytes)
{
    RawClient client(rig);
    if (!client.ok())
        return false;
    const QByteArray status = client.command("STATUS " + folder + " (MESSAGES)");
    const bool exists = status.contains("MESSAGES " + QByteArray::number(count) + ")");
    *totalBytes = 0;
    for (int i = 0; i < count; ++i)
        *totalBytes += generateMail(i).size();
    if (exists)
        return true;
    client.command("DELETE " + folder);
    client.command("CREATE " + folder);
    std::printf("seeding %d messages into %s ...\n", count, folder.constData());
    for (int i = 0; i < count; i += 50) {
        QList<QByteArray> batch;
        for (int j = i; j < qMin(count, i + 50); ++j)
            batch.append(generateMail(j));
        if (!client.append(folder, batch))
            return false;
    }
    return true;
}

// A TLS session to the rig's Dovecot, and a wait for whatever finishes with an Error (an
// opener, a task, a fetch cycle): false, with failure() set, when it failed.
class RigSession {
public:
    explicit RigSession(const Rig &rig)
        : m_session(
            options(rig), [tls = options(rig).tls]() { return std::make_unique<SslTransport>(tls); }, QtTimer::factory())
    { }

    ImapSession &session() { return m_session; }
    const soar::common::Error &failure() const { return m_failure; }

    template<typename Sender, typename Signal>
    bool waitFor(Sender *sender, Signal signal)
    {
        const auto connection = QObject::connect(sender, signal, &m_loop, [this](const soar::common::Error &e) {
            m_failure = e;
            m_loop.quit();
        });
        m_loop.exec();
        QObject::disconnect(connection);
        return !m_failure.isError();
    }

private:
    static SessionOptions options(const Rig &rig)
    {
        SessionOptions o;
        o.host = rig.host;
        o.port = rig.imapsPort;
        o.security = Security::ImplicitTls;
        o.tls.extraCaFile = rig.ca;
        o.tls.peerVerifyName = QStringLiteral("localhost");
        return o;
    }

    ImapSession m_session;
    QEventLoop m_loop;
    soar::common::Error m_failure;
};

Measure runEngine(const Rig &rig, const QString &folder, int batch, int depth)
{
    RigSession rigSession(rig);
    ImapSession &session = rigSession.session();
    QElapsedTimer timer;
    timer.start();
    SessionOpener opener(session, {Credentials::Method::Login, rig.user, rig.password, {}}, folder, true);
    opener.start();
    if (!rigSession.waitFor(&opener, &SessionOpener::finished)) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(rigSession.failure().toString()));
        return {"engine", 0, 0, 0, 0};
    }
    UidSearchTask search({Argument::keyword("ALL")});
    session.enqueue(&search);
    rigSession.waitFor(&search, &Task::finished);
    UidFetchTask fetch({search.uids(), {Argument::keyword("BODY.PEEK[]")}, batch, depth});
    qint64 messages = 0;
    qint64 bytes = 0;
    QObject::connect(&fetch, &UidFetchTask::messageFetched, [&](const FetchResponse &f) {
        ++messages;
        const auto it = f.sections.find("BODY[]");
        bytes += it == f.sections.end() ? 0 : it->second.size();
    });
    session.enqueue(&fetch);
    if (!rigSession.waitFor(&fetch, &Task::finished))
        std::fprintf(stderr, "engine: %s\n", qPrintable(rigSession.failure().toString()));
    return {"engine (UidFetchTask)", double(timer.nsecsElapsed()) / 1e9, messages, bytes, peakRssMiB()};
}

// Today's plan (one UID SEARCH TEXT) against the fetch cycle's plan for the same Text Body
// value, in one session, on a dry-run cycle that downloads nothing when nothing matches.
void runTextBodyPlans(const Rig &rig, const QString &folder)
{
    RigSession rigSession(rig);
    ImapSession &session = rigSession.session();
    SessionOpener opener(session, {Credentials::Method::Login, rig.user, rig.password, {}}, folder, true);
    opener.start();
    if (!rigSession.waitFor(&opener, &SessionOpener::finished)) {
        std::fprintf(stderr, "text body plans: %s\n", qPrintable(rigSession.failure().toString()));
        return;
    }
    for (const QString &value : {QStringLiteral("Zahlungsavis"), QStringLiteral("Rechnung")}) {
        double busyBefore = machineBusySeconds();
        QElapsedTimer timer;
        timer.start();
        UidSearchTask text({Argument::keyword("TEXT"), Argument::text(value)});
        session.enqueue(&text);
        rigSession.waitFor(&text, &Task::finished);
        const double todaySeconds = double(timer.nsecsElapsed()) / 1e9;
        const double todayBusy = machineBusySeconds() - busyBefore;

        const auto filters = soar::rules::FilterSpec::fromSettings({{QStringLiteral("textBody"), value}});
        soar::rules::FetchPlan plan;
        plan.type = soar::rules::FetchType::FromLatestStored;
        plan.checkpoint = soar::rules::Checkpoint {opener.mailbox().uidValidity, 0, {}}; // every UID is new
        plan.filters = filters.value();
        soar::daemon::FetchCycle::Options options;
        options.dryRun = true;
        options.dryRunLimit = 0; // measure the choice of mails, not their download
        busyBefore = machineBusySeconds();
        timer.restart();
        soar::daemon::FetchCycle cycle(session, opener.mailbox(), QStringLiteral("bench"), plan, nullptr, options);
        cycle.start();
        rigSession.waitFor(&cycle, &soar::daemon::FetchCycle::finished);
        const double planSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double planBusy = machineBusySeconds() - busyBefore;
        std::printf("Text Body '%s': TEXT finds %lld; today's plan %.2f s (%.2f core-s), with the name check %.2f s "
                    "(%.2f core-s), %.2fx\n",
            qPrintable(value), qlonglong(text.uids().size()), todaySeconds, todayBusy, planSeconds, planBusy,
            planSeconds / todaySeconds);
    }
}

Measure runMbsync(const Rig &rig, const QByteArray &folder, int count, qint64 bytes, bool fsync)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("mail"));
    const QString config = dir.filePath(QStringLiteral("mbsyncrc"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return {"mbsync", 0, 0, 0, 0};
    const QByteArray path = dir.path().toUtf8();
    f.write((fsync ? "" : "FSync no\n") + QByteArray("IMAPAccount rig\nHost localhost") + "\nPort "
        + QByteArray::number(rig.imapsPort) + "\nUser " + rig.user.toUtf8() + "\nPass " + rig.password.toUtf8()
        + "\nSSLType IMAPS\nCertificateFile " + rig.ca.toUtf8() + "\n\nIMAPStore remote\nAccount rig\n\nMaildirStore local\nPath "
        + path + "/mail/\nInbox " + path + "/mail/INBOX\n\nChannel bench\nFar :remote:\nNear :local:\nPatterns " + folder
        + "\nCreate Near\nSync Pull\nSyncState *\n");
    f.close();
    QElapsedTimer timer;
    timer.start();
    QProcess mbsync;
    mbsync.start(QStringLiteral("mbsync"), {QStringLiteral("-q"), QStringLiteral("-c"), config, QStringLiteral("bench")});
    if (!mbsync.waitForFinished(kTimeoutMs) || mbsync.exitCode() != 0)
        std::fprintf(stderr, "mbsync failed: %s\n", mbsync.readAllStandardError().constData());
    // Peak RSS of the largest child so far (the mbsync runs are the only children).
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return {fsync ? "mbsync (fsync)" : "mbsync (FSync no)", double(timer.nsecsElapsed()) / 1e9, count, bytes,
        double(usage.ru_maxrss) / 1024.0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int count = option("--count", 10000);
    const int batch = option("--batch", 500);
    const int depth = option("--depth", 2);
    const Rig rig;
    if (rig.imapsPort == 0) {
        std::fprintf(stderr, "Run through tests/rig/with-rig.sh: SOAR_RIG_IMAPS_PORT is not set.\n");
        return 2;
    }
    const QByteArray folder = "Bench" + QByteArray::number(count);
    qint64 totalBytes = 0;
    if (!seed(rig, folder, count, &totalBytes)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    std::printf("%d messages, %.1f MB, implicit TLS, engine batch %d depth %d\n", count, double(totalBytes) / 1e6, batch, depth);
    if (args.contains(QStringLiteral("--text-body-only"))) {
        runTextBodyPlans(rig, QString::fromLatin1(folder));
        return 0;
    }

    std::printf("%ld cores; core-s busy: CPU time of the whole machine during the run, the rig's Dovecot included\n",
        sysconf(_SC_NPROCESSORS_ONLN));

    // Every measured run starts with nothing left to write back from the one before (seeding,
    // mbsync's Maildir): the kernel's writeback would otherwise run on the same two cores.
    ::sync();
    resetPeakRss();
    double busyBefore = machineBusySeconds();
    QElapsedTimer timer;
    timer.start();
    RawClient raw(rig);
    raw.command("EXAMINE " + folder);
    const qint64 rawBytes = raw.fetchAllRaw();
    const Measure rawMeasure {"raw single UID FETCH", double(timer.nsecsElapsed()) / 1e9, count, rawBytes, peakRssMiB(),
        machineBusySeconds() - busyBefore};
    print(rawMeasure, rawMeasure.seconds);

    ::sync();
    resetPeakRss();
    busyBefore = machineBusySeconds();
    Measure engine = runEngine(rig, QString::fromLatin1(folder), batch, depth);
    engine.busyCoreSeconds = machineBusySeconds() - busyBefore;
    print(engine, rawMeasure.seconds);
    if (engine.messages != count)
        std::fprintf(stderr, "engine fetched %lld of %d messages\n", engine.messages, count);

    if (!args.contains(QStringLiteral("--no-mbsync"))) {
        for (const bool fsync : {true, false}) {
            ::sync();
            busyBefore = machineBusySeconds();
            Measure mbsync = runMbsync(rig, folder, count, totalBytes, fsync);
            mbsync.busyCoreSeconds = machineBusySeconds() - busyBefore;
            print(mbsync, rawMeasure.seconds);
        }
    }
    runTextBodyPlans(rig, QString::fromLatin1(folder));
    return engine.messages == count ? 0 : 1;
}
