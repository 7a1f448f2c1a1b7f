#include "imap/tasks/UidSearchTask.h"

#include "imap/ImapSession.h"

#include <algorithm>

namespace soar::imap {

UidSearchTask::UidSearchTask(QList<Argument> criteria, QObject *parent) : Task(parent), m_criteria(std::move(criteria))
{ }

void UidSearchTask::run()
{
    QList<Argument> args;
    if (session().hasCapability("ESEARCH"))
        args << Argument::keyword("RETURN") << Argument::list({Argument::keyword("ALL")});
    const bool utf8 = std::any_of(m_criteria.begin(), m_criteria.end(), [](const Argument &a) { return a.needsUtf8(); });
    if (utf8)
        args << Argument::keyword("CHARSET") << Argument::keyword("UTF-8");
    args << (m_criteria.isEmpty() ? QList<Argument> {Argument::keyword("ALL")} : m_criteria);
    m_tag = send("UID SEARCH", args);
}

void UidSearchTask::onUntagged(const Response &response)
{
    if (const auto *search = std::get_if<SearchResponse>(&response))
        m_uids += search->ids;
    else if (const auto *esearch = std::get_if<ESearchResponse>(&response);
             esearch && (esearch->tag.isEmpty() || esearch->tag == m_tag))
        m_uids += esearch->all;
}

void UidSearchTask::onTaggedOk(const StateResponse &)
{
    std::sort(m_uids.begin(), m_uids.end());
    m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
    succeed();
}

} // namespace soar::imap
