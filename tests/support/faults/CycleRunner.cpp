#include "CycleRunner.h"

#include "daemon/FetchCycle.h"
#include "daemon/ResourceMapping.h"
#include "daemon/SessionFactory.h"
#include "imap/ImapSession.h"
#include "imap/SessionOpener.h"
#include "store/MailStore.h"

#include <QSignalSpy>

namespace soar::test {

namespace {
constexpr int kWaitMs = 60000;
}

common::Error CycleRunner::open(imap::ImapSession &session, const QString &user, const QString &password, const QString &folder)
{
    imap::Credentials credentials;
    credentials.user = user;
    credentials.secret = password;
    imap::SessionOpener opener(session, credentials, folder);
    QSignalSpy opened(&opener, &imap::SessionOpener::finished);
    opener.start();
    if (!opened.wait(kWaitMs))
        return common::Error(common::Error::Kind::Timeout, QStringLiteral("the session did not open in time"));
    return opened.first().first().value<common::Error>();
}

CycleRunner::Outcome CycleRunner::runOnce(const imap::SessionOptions &options, const QString &user, const QString &password,
    const QString &folder, const QString &resource, store::MailStore &store)
{
    Outcome outcome;
    auto session = daemon::SessionFactory::create(options);
    imap::Credentials credentials;
    credentials.user = user;
    credentials.secret = password;
    imap::SessionOpener opener(*session, credentials, folder);
    QSignalSpy opened(&opener, &imap::SessionOpener::finished);
    opener.start();
    if (!opened.wait(kWaitMs)) {
        outcome.error = common::Error(common::Error::Kind::Timeout, QStringLiteral("the session did not open in time"));
        return outcome;
    }
    outcome.error = opened.first().first().value<common::Error>();
    if (outcome.error)
        return outcome;
    outcome.opened = true;
    settings::ResourceSettings r;
    r.name = resource;
    r.imap.folder = folder;
    const auto checkpoint = store.checkpoint(resource, folder);
    const auto plan = daemon::ResourceMapping::plan(r, checkpoint.ok() ? checkpoint.value() : std::nullopt);
    if (!plan.ok()) {
        outcome.error = plan.error();
        return outcome;
    }
    daemon::FetchCycle cycle(*session, opener.mailbox(), resource, plan.value(), &store, {});
    QSignalSpy done(&cycle, &daemon::FetchCycle::finished);
    cycle.start();
    if (!done.wait(kWaitMs)) {
        outcome.error = common::Error(common::Error::Kind::Timeout, QStringLiteral("the cycle did not finish in time"));
        return outcome;
    }
    outcome.error = done.first().first().value<common::Error>();
    outcome.record = cycle.record();
    return outcome;
}

} // namespace soar::test
