#pragma once

#include "daemon/MailConverter.h"
#include "daemon/ResultQueue.h"
#include "mime/Mail.h"
#include "rules/ClientMatcher.h"
#include "store/IncomingMail.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

namespace soar::daemon {

// Parses fetched mails (GMime, attachment digests, body text), runs the exact pre-filter check
// and prepares the store record on one worker thread, while the owner's thread goes on reading
// the socket and committing to the store: on two cores the three overlap instead of taking
// turns. Results come back to the owner's thread in the order the mails were submitted.
//
// Memory stays bounded: when more than maxBytesInFlight of raw mail are submitted but not yet
// delivered, submit() waits for the worker and delivers results itself. Holding up the thread
// that reads the socket is the back-pressure: Qt stops reading, TCP's window closes, and the
// server waits.
class ParsePipeline : public QObject {
    Q_OBJECT
public:
    struct Job {
        quint32 uid = 0;
        QByteArray raw;
        QDateTime internalDate;
        bool seen = false;
        QStringList flags;
    };
    struct Parsed {
        Job job;
        rules::ClientMatcher::Outcome outcome;
        // The whole parsed mail when keepWholeMail (a dry run shows it); otherwise only the
        // summary (no bodies, no attachment bytes) and the store record of an accepted mail.
        mime::Mail mail;
        store::IncomingMail incoming;
        qint64 parseNs = 0;
    };
    struct Options {
        MailConverter::Origin origin; // resource, folder, UIDVALIDITY of every job
        bool keepWholeMail = false;
        // 2 MB: enough to keep the parser busy; every MB here is resident (10,000-mail bench:
        // 4 MB cost ~3 MiB more peak RSS and bought no speed once storing got its own thread).
        qint64 maxBytesInFlight = 2 * 1024 * 1024;
    };

    ParsePipeline(rules::ClientMatcher matcher, Options options, QObject *parent = nullptr);
    ~ParsePipeline() override;

    void submit(Job job);
    // Nothing submitted is waiting to come back.
    bool isIdle() const { return m_pending == 0; }

signals:
    void parsed(const soar::daemon::ParsePipeline::Parsed &result);
    // The last pending result was delivered.
    void drained();

private:
    Parsed parse(Job job) const; // on the worker
    void deliverReady();

    const rules::ClientMatcher m_matcher; // evaluate() is const: shared with the worker
    const Options m_options;
    QThreadPool m_worker; // one thread: FIFO, so results keep their order
    ResultQueue<Parsed> m_done;
    // Owner's thread only.
    int m_pending = 0; // submitted, not yet delivered
    qint64 m_bytesOutstanding = 0;
};

} // namespace soar::daemon
