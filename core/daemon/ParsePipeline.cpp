#include "daemon/ParsePipeline.h"

#include "mime/MailParser.h"

#include <QElapsedTimer>

namespace soar::daemon {

ParsePipeline::ParsePipeline(rules::ClientMatcher matcher, Options options, QObject *parent)
    : QObject(parent), m_matcher(std::move(matcher)), m_options(std::move(options))
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1); // keep the thread for the whole run
}

ParsePipeline::~ParsePipeline()
{
    m_worker.clear();
    m_worker.waitForDone();
}

ParsePipeline::Parsed ParsePipeline::parse(Job job) const
{
    QElapsedTimer timer;
    timer.start();
    Parsed result;
    mime::Mail mail = mime::MailParser::parse(job.raw, {}, job.internalDate);
    // The body's text only when a Text Body filter needs it: turning HTML into text is one of
    // the costlier steps, and a multipart/alternative mail's HTML is otherwise never read.
    std::optional<MailConverter::BodyTexts> body;
    result.outcome = m_matcher.evaluate(MailConverter::toFacts(mail, job.uid, job.seen, nullptr));
    if (result.outcome.verdict == rules::ClientMatcher::Verdict::NeedsBody) {
        body = MailConverter::bodyTexts(mail);
        result.outcome = m_matcher.evaluate(MailConverter::toFacts(mail, job.uid, job.seen, &*body));
    }
    if (m_options.keepWholeMail) {
        result.mail = std::move(mail);
    } else {
        if (result.outcome.verdict == rules::ClientMatcher::Verdict::Accept) {
            MailConverter::Origin origin = m_options.origin;
            origin.uid = job.uid;
            origin.flags = job.flags;
            result.incoming
                = MailConverter::toIncoming(mail, job.raw, origin, MailConverter::indexedText(mail, body ? &*body : nullptr));
        }
        result.mail = MailConverter::summaryOnly(std::move(mail));
    }
    result.job = std::move(job);
    result.parseNs = timer.nsecsElapsed();
    return result;
}

void ParsePipeline::submit(Job job)
{
    m_bytesOutstanding += job.raw.size();
    ++m_pending;
    m_worker.start([this, job = std::move(job)]() mutable {
        m_done.push(parse(std::move(job)));
        // Queued to the owner's thread; dropped by Qt if the pipeline is gone by then.
        QMetaObject::invokeMethod(this, &ParsePipeline::deliverReady, Qt::QueuedConnection);
    });
    // Over the allowance: wait here for results and hand them on (a single mail bigger than the
    // allowance still goes through alone).
    while (m_bytesOutstanding > m_options.maxBytesInFlight && m_pending > 1) {
        m_done.waitForAny();
        deliverReady();
    }
}

void ParsePipeline::deliverReady()
{
    bool delivered = false;
    while (std::optional<Parsed> result = m_done.tryTake()) {
        m_bytesOutstanding -= result->job.raw.size();
        --m_pending;
        delivered = true;
        emit parsed(*result);
    }
    if (delivered && m_pending == 0)
        emit drained();
}

} // namespace soar::daemon
