#include "daemon/FetchCycle.h"

#include "common/CrashPoint.h"
#include "common/HeapPolicy.h"
#include "common/Logging.h"
#include "daemon/MailConverter.h"
#include "daemon/MailJson.h"
#include "daemon/ResourceMapping.h"
#include "daemon/SearchArguments.h"
#include "daemon/StructureFileNames.h"
#include "imap/ImapSession.h"
#include "imap/tasks/UidFetchTask.h"
#include "imap/tasks/UidSearchTask.h"
#include "imap/tasks/UidStoreTask.h"
#include "mime/MailParser.h"
#include "rules/SearchCompiler.h"
#include "store/MailStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace soar::daemon {

using common::Error;

namespace {

const QByteArray kHeaderSection = "BODY[HEADER]";
const QByteArray kBodySection = "BODY[]";

bool hasSeenFlag(const imap::FetchResponse &response)
{
    return response.flags && response.flags->contains("\\Seen");
}

std::shared_ptr<spdlog::logger> log()
{
    return common::Logging::get("daemon");
}

} // namespace

FetchCycle::FetchCycle(imap::ImapSession &session, imap::MailboxInfo mailbox, QString resource, rules::FetchPlan plan,
    store::MailStore *store, Options options, QObject *parent)
    : QObject(parent), m_session(session), m_mailbox(std::move(mailbox)), m_resource(std::move(resource)),
      m_plan(std::move(plan)), m_window(m_plan.windowFor(m_mailbox.uidValidity)), m_matcher(m_plan, m_mailbox.uidValidity),
      m_store(store), m_options(options),
      m_parser(std::make_unique<ParsePipeline>(
          m_matcher, ParsePipeline::Options {{m_resource, m_mailbox.name, m_mailbox.uidValidity, 0, {}}, m_options.dryRun}))
{
    m_record.resource = m_resource;
    connect(m_parser.get(), &ParsePipeline::parsed, this, &FetchCycle::onParsed);
    if (!m_options.dryRun && m_store) {
        m_committer = std::make_unique<CommitPipeline>(*m_store);
        connect(m_committer.get(), &CommitPipeline::committed, this, &FetchCycle::onCommitted);
    }
}

FetchCycle::~FetchCycle() = default;

void FetchCycle::start()
{
    m_elapsed.start();
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    if (m_window.isRescan())
        log()->warn("[{}] UIDVALIDITY of {} changed: rescanning; mails already stored are skipped", m_resource, m_mailbox.name);
    search();
}

void FetchCycle::search()
{
    const rules::SearchQuery query = rules::SearchCompiler::compile(m_plan, m_mailbox.uidValidity);
    runSearch(query, [this](const QList<quint32> &found) {
        const auto scope = rules::SearchCompiler::compileAttachmentNameScope(m_plan, m_mailbox.uidValidity);
        if (!scope) {
            searched(found);
            return;
        }
        runSearch(*scope, [this, found](const QList<quint32> &inScope) { checkAttachmentNames(found, inScope); });
    });
}

void FetchCycle::runSearch(const rules::SearchQuery &query, const std::function<void(const QList<quint32> &)> &next)
{
    auto task = std::make_unique<imap::UidSearchTask>(SearchArguments::fromTokens(query.tokens()));
    auto *raw = task.get();
    connect(raw, &imap::Task::finished, this, [this, raw, next](const Error &error) {
        if (error) {
            complete(error);
            return;
        }
        QList<quint32> uids = raw->uids();
        // A server may return UIDs outside the window (races, "UID n:*" habits): drop what we have.
        if (m_window.kind == rules::FetchWindow::Kind::UidsAbove) {
            uids.erase(
                std::remove_if(uids.begin(), uids.end(), [this](quint32 uid) { return uid <= m_window.uidAbove; }), uids.end());
        }
        next(uids);
    });
    m_tasks.push_back(std::move(task));
    m_session.enqueue(raw);
}

void FetchCycle::checkAttachmentNames(const QList<quint32> &found, const QList<quint32> &inScope)
{
    // Servers differ in whether TEXT sees the headers of MIME parts (Dovecot does, GNU Mailutils
    // does not) and none decodes RFC 2231 names: the mails the other filters select and TEXT
    // missed have their (small) BODYSTRUCTURE checked for a Text Body value in a file name.
    const QSet<quint32> already(found.cbegin(), found.cend());
    QList<quint32> rest;
    for (const quint32 uid : inScope) {
        if (!already.contains(uid))
            rest.append(uid);
    }
    if (rest.isEmpty()) {
        searched(found);
        return;
    }
    imap::UidFetchTask::Request request;
    request.uids = rest;
    request.items = {imap::Argument::keyword("BODYSTRUCTURE")};
    request.batchSize = 500;
    request.pipelineDepth = m_options.pipelineDepth;
    auto task = std::make_unique<imap::UidFetchTask>(request);
    auto *raw = task.get();
    auto byName = std::make_shared<QList<quint32>>();
    connect(raw, &imap::UidFetchTask::messageFetched, this, [this, byName](const imap::FetchResponse &response) {
        // A structure too odd to read is downloaded: the exact check decides, nothing is lost.
        if (response.uid && (!response.structure || m_matcher.textBodyInFileNames(StructureFileNames::of(*response.structure))))
            byName->append(*response.uid);
    });
    connect(raw, &imap::Task::finished, this, [this, found, rest, byName](const Error &error) {
        if (error) {
            complete(error);
            return;
        }
        log()->info("[{}] {} more mail(s) match Text Body by an attachment name the server's TEXT search missed "
                    "({} structures checked)",
            m_resource, byName->size(), rest.size());
        QList<quint32> all = found + *byName;
        std::sort(all.begin(), all.end());
        searched(all);
    });
    m_tasks.push_back(std::move(task));
    m_session.enqueue(raw);
}

void FetchCycle::searched(QList<quint32> uids)
{
    if (m_options.dryRun && uids.size() > m_options.dryRunLimit)
        uids = uids.mid(uids.size() - m_options.dryRunLimit);
    m_candidates = uids;
    m_record.matched = int(uids.size());
    log()->info("[{}] {} mail(s) match on the server", m_resource, uids.size());
    if (uids.isEmpty())
        markSeen();
    else if (m_plan.filters.isEmpty())
        fetchBodies(uids);
    else
        fetchHeaders(uids);
}

void FetchCycle::fetchHeaders(const QList<quint32> &uids)
{
    imap::UidFetchTask::Request request;
    request.uids = uids;
    request.items = {
        imap::Argument::keyword("FLAGS"), imap::Argument::keyword("INTERNALDATE"), imap::Argument::keyword("BODY.PEEK[HEADER]")};
    request.batchSize = 200;
    request.pipelineDepth = m_options.pipelineDepth;
    auto task = std::make_unique<imap::UidFetchTask>(request);
    auto *raw = task.get();
    connect(raw, &imap::UidFetchTask::messageFetched, this, &FetchCycle::onHeaders);
    connect(raw, &imap::UidFetchTask::messageFailed, this, &FetchCycle::onMessageFailed);
    connect(raw, &imap::Task::finished, this, [this](const Error &error) {
        if (error) {
            complete(error);
            return;
        }
        if (m_toFetch.isEmpty() || m_stopRequested) {
            // Stopped with accepted mails not downloaded: the checkpoint must not pass them
            // (a higher UID the header check dropped would otherwise carry it past).
            m_leftUnfetched = !m_toFetch.isEmpty();
            markSeen();
        } else {
            fetchBodies(m_toFetch);
        }
    });
    m_tasks.push_back(std::move(task));
    m_session.enqueue(raw);
}

void FetchCycle::onHeaders(const imap::FetchResponse &response)
{
    if (!response.uid)
        return;
    const quint32 uid = *response.uid;
    const auto section = response.sections.find(kHeaderSection);
    const QByteArray header = section == response.sections.end() ? QByteArray() : section->second;
    mime::Mail mail = mime::MailParser::parseHeadersOnly(header);
    mail.internalDate = response.internalDate;
    const auto outcome = m_matcher.evaluate(MailConverter::toFacts(mail, uid, hasSeenFlag(response), nullptr));
    if (outcome.verdict == rules::ClientMatcher::Verdict::Reject) {
        ++m_record.droppedByClientCheck;
        m_highestProcessedUid = std::max(m_highestProcessedUid, uid);
        log()->debug("[{}] UID {} dropped by the exact check: {}", m_resource, uid, outcome.reason);
        return;
    }
    m_toFetch.append(uid);
}

void FetchCycle::fetchBodies(const QList<quint32> &uids)
{
    imap::UidFetchTask::Request request;
    request.uids = uids;
    request.items = imap::UidFetchTask::fullMessageItems();
    request.batchSize = m_options.batchSize;
    request.pipelineDepth = m_options.pipelineDepth;
    auto task = std::make_unique<imap::UidFetchTask>(request);
    auto *raw = task.get();
    connect(raw, &imap::UidFetchTask::messageFetched, this, &FetchCycle::onMessage);
    connect(raw, &imap::UidFetchTask::messageFailed, this, &FetchCycle::onMessageFailed);
    connect(raw, &imap::Task::finished, this, [this](const Error &error) {
        if (error) {
            complete(error);
            return;
        }
        whenParsed([this] { markSeen(); });
    });
    m_tasks.push_back(std::move(task));
    m_session.enqueue(raw);
}

void FetchCycle::onMessage(const imap::FetchResponse &response)
{
    if (!response.uid || m_finished)
        return;
    const quint32 uid = *response.uid;
    const auto section = response.sections.find(kBodySection);
    if (section == response.sections.end()) {
        onMessageFailed(
            uid, Error(Error::Kind::Protocol, QStringLiteral("The server sent no message body for UID %1.").arg(uid)));
        return;
    }
    const QByteArray &raw = section->second;
    if (raw.isEmpty()) {
        // The store refuses an empty message, and it would take its whole group down with it.
        onMessageFailed(
            uid, Error(Error::Kind::Protocol, QStringLiteral("The server sent an empty message for UID %1.").arg(uid)));
        return;
    }
    ++m_record.downloaded;
    m_record.bytes += raw.size();
    ParsePipeline::Job job {uid, raw, response.internalDate, hasSeenFlag(response), {}};
    if (response.flags) {
        for (const QByteArray &flag : *response.flags)
            job.flags << QString::fromUtf8(flag);
    }
    m_parser->submit(std::move(job));
}

void FetchCycle::onParsed(const ParsePipeline::Parsed &parsed)
{
    if (m_finished)
        return;
    const quint32 uid = parsed.job.uid;
    m_parseNs += parsed.parseNs;
    if (parsed.outcome.verdict != rules::ClientMatcher::Verdict::Accept) {
        ++m_record.droppedByClientCheck;
        m_highestProcessedUid = std::max(m_highestProcessedUid, uid);
        log()->debug("[{}] UID {} dropped by the exact check: {}", m_resource, uid, parsed.outcome.reason);
        return;
    }
    if (m_options.dryRun) {
        m_mails.append({uid, QString(), false, std::make_shared<const mime::Mail>(parsed.mail), {}});
        return;
    }
    queueForStore(parsed);
}

void FetchCycle::whenParsed(const std::function<void()> &next)
{
    if (m_parser->isIdle()) {
        next();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_parser.get(), &ParsePipeline::drained, this, [connection, next] {
        QObject::disconnect(*connection);
        next();
    });
}

void FetchCycle::whenCommitted(const std::function<void()> &next)
{
    if (!m_committer || m_committer->isIdle()) {
        next();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_committer.get(), &CommitPipeline::drained, this, [connection, next] {
        QObject::disconnect(*connection);
        next();
    });
}

void FetchCycle::queueForStore(const ParsePipeline::Parsed &parsed)
{
    store::IncomingMail incoming = parsed.incoming;
    incoming.queueForSoar = m_options.queueForSoar;
    m_group.append(std::move(incoming));
    m_queued.append(
        {parsed.job.uid, parsed.job.seen, parsed.incoming.internalDate, m_options.keepStoredMails ? parsed.mail : mime::Mail()});
    m_queuedBytes += parsed.job.raw.size();
    if (m_queued.size() >= m_options.storeGroupSize || m_queuedBytes >= m_options.storeGroupBytes)
        flushStoreGroup(CommitPipeline::Commit::MayWait);
}

void FetchCycle::flushStoreGroup(CommitPipeline::Commit commit)
{
    if (m_queued.isEmpty()) {
        if (commit == CommitPipeline::Commit::Now && m_committer)
            m_committer->commitWritten();
        return;
    }
    // Queued before submit(): back-pressure may deliver results (of older groups) inside it.
    m_committing.enqueue(std::move(m_queued));
    m_queued.clear();
    m_queuedBytes = 0;
    QVector<store::IncomingMail> group = std::move(m_group);
    m_group.clear();
    m_committer->submit(std::move(group), commit);
}

void FetchCycle::onCommitted(const CommitPipeline::Committed &result)
{
    const QList<Queued> queued = m_committing.dequeue();
    m_storeNs += result.commitNs;
    if (result.error) {
        // Not stored: none of them may be flagged, and the checkpoint must not move past them.
        m_record.failed += int(queued.size());
        m_failures << QStringLiteral("%1 mail(s) from UID %2: %3")
                          .arg(queued.size())
                          .arg(queued.first().uid)
                          .arg(result.error.toString());
        log()->error("[{}] {} mail(s) could not be stored: {}", m_resource, queued.size(), result.error.toString());
        if (!m_storeError)
            m_storeError = Error(result.error.kind,
                QStringLiteral("%1 mail(s) could not be stored; none was marked as read or passed by the checkpoint, so "
                               "they are fetched again on the next run. %2")
                    .arg(queued.size())
                    .arg(result.error.message),
                result.error.detail);
        m_stopRequested = true;
        return;
    }
    common::CrashPoint::hit("daemon.after-store");
    for (int i = 0; i < queued.size(); ++i) {
        const Queued &q = queued[i];
        const store::IngestOutcome &outcome = result.outcomes.at(i);
        if (outcome.refused) {
            // Never storable as it is: skipped like a poison mail, not flagged, not retried.
            onMessageFailed(q.uid, outcome.refused);
            continue;
        }
        if (outcome.duplicate)
            ++m_record.duplicates;
        else
            ++m_record.stored;
        if (!q.seen)
            m_seenToSet.append(q.uid);
        m_highestProcessedUid = std::max(m_highestProcessedUid, q.uid);
        if (q.internalDate.isValid() && (!m_newestDate.isValid() || q.internalDate > m_newestDate))
            m_newestDate = q.internalDate;
        if (m_options.keepStoredMails) {
            const QJsonObject contract = MailJson::contract(q.mail, q.uid, outcome.mailId);
            m_mails.append(
                {q.uid, outcome.mailId, outcome.duplicate, {}, QJsonDocument(contract).toJson(QJsonDocument::Compact)});
        }
        if (!outcome.duplicate) {
            log()->info("[{}] stored UID {} as {}", m_resource, q.uid, outcome.mailId);
            emit mailStored(outcome.mailId, q.uid);
        }
    }
}

void FetchCycle::onMessageFailed(quint32 uid, const Error &error)
{
    // A poison mail (too large, missing body) is recorded and skipped; it never blocks the rest.
    ++m_record.failed;
    m_highestProcessedUid = std::max(m_highestProcessedUid, uid);
    m_failures << QStringLiteral("UID %1: %2").arg(uid).arg(error.toString());
    log()->warn("[{}] UID {} skipped: {}", m_resource, uid, error.toString());
}

void FetchCycle::markSeen()
{
    if (m_options.dryRun) {
        complete();
        return;
    }
    flushStoreGroup(CommitPipeline::Commit::Now);
    whenCommitted([this] { setSeenFlags(); });
}

void FetchCycle::setSeenFlags()
{
    if (m_finished)
        return;
    if (!m_options.markSeen || m_seenToSet.isEmpty()) {
        complete();
        return;
    }
    auto task = std::make_unique<imap::UidStoreTask>(m_seenToSet, imap::UidStoreTask::Mode::Add, QByteArrayList {"\\Seen"});
    auto *raw = task.get();
    connect(raw, &imap::Task::finished, this, [this](const Error &error) {
        if (!error)
            common::CrashPoint::hit("daemon.after-seen");
        complete(error);
    });
    m_tasks.push_back(std::move(task));
    m_session.enqueue(raw);
}

bool FetchCycle::saveCheckpoint()
{
    const auto previous = m_store->checkpoint(m_resource, m_mailbox.name);
    store::Checkpoint next;
    next.uidValidity = m_mailbox.uidValidity;
    if (previous.ok() && previous.value() && previous.value()->uidValidity == m_mailbox.uidValidity) {
        next.highestUid = previous.value()->highestUid;
        next.newestDate = previous.value()->newestDate;
    }
    next.highestUid = std::max(next.highestUid, m_highestProcessedUid);
    // The first run of "Fetch From Latest" takes UNSEEN; afterwards everything that arrives
    // after this run is new, so the checkpoint starts at the folder's current end.
    if (m_plan.type == rules::FetchType::FromLatestStored && m_window.kind == rules::FetchWindow::Kind::Unseen
        && m_mailbox.uidNext > 0)
        next.highestUid = std::max(next.highestUid, m_mailbox.uidNext - 1);
    if (m_newestDate.isValid() && (!next.newestDate.isValid() || m_newestDate > next.newestDate))
        next.newestDate = m_newestDate;
    const auto saved = m_store->setCheckpoint(m_resource, m_mailbox.name, next);
    if (!saved.ok())
        log()->error("[{}] checkpoint not saved: {}", m_resource, saved.error().toString());
    return saved.ok();
}

void FetchCycle::complete(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Groups already handed to the store get committed either way: wait for them, so that the
    // run's record counts them and nothing is still writing when the run is over.
    if (m_committer)
        m_committer->commitWritten();
    whenCommitted([this, error] { finish(error); });
}

void FetchCycle::finish(const Error &error)
{
    common::HeapPolicy::releaseFreeMemory();
    m_record.durationMs = m_elapsed.elapsed();
    // A group the store could not commit stops the run early, as may a stop asked for while
    // headers were checked; the checkpoint then stays where it was, so the mails not stored are
    // fetched again next time (what was stored is recognised and not stored twice).
    if (!m_options.dryRun && !error && !m_storeError && !m_leftUnfetched)
        saveCheckpoint();
    if (error)
        m_record.error = error.toString();
    else if (!m_failures.isEmpty())
        m_record.error = m_failures.join(QStringLiteral("; "));
    if (!m_options.dryRun && m_store) {
        const auto recorded = m_store->recordRun(m_record);
        if (!recorded.ok())
            log()->warn("[{}] run history not saved: {}", m_resource, recorded.error().toString());
    }
    log()->info(
        "[{}] run finished: {} matched, {} downloaded, {} dropped by the exact check, {} stored, {} duplicates, {} failed, "
        "{} bytes in {} ms{}",
        m_resource, m_record.matched, m_record.downloaded, m_record.droppedByClientCheck, m_record.stored, m_record.duplicates,
        m_record.failed, m_record.bytes, m_record.durationMs, error ? QStringLiteral(": ") + error.toString() : QString());
    log()->debug(
        "[{}] time spent: parsing and checking {} ms, storing {} ms", m_resource, m_parseNs / 1000000, m_storeNs / 1000000);
    emit finished(error ? error : m_storeError);
}

} // namespace soar::daemon
