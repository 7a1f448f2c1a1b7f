#include "imap/tasks/SelectTask.h"

#include "imap/ImapSession.h"

namespace soar::imap {

using common::Error;

SelectTask::SelectTask(QString mailbox, bool readOnly, QObject *parent) : Task(parent), m_readOnly(readOnly)
{
    m_info.name = std::move(mailbox);
}

void SelectTask::run()
{
    QList<Argument> args {Argument::mailbox(m_info.name)};
    if (session().hasCapability("CONDSTORE"))
        args.append(Argument::list({Argument::keyword("CONDSTORE")}));
    send(m_readOnly ? "EXAMINE" : "SELECT", args);
}

void SelectTask::onUntagged(const Response &response)
{
    if (const auto *exists = std::get_if<ExistsResponse>(&response)) {
        m_info.exists = exists->count;
    } else if (const auto *recent = std::get_if<RecentResponse>(&response)) {
        m_info.recent = recent->count;
    } else if (const auto *flags = std::get_if<FlagsResponse>(&response)) {
        m_info.flags = flags->flags;
    } else if (const auto *state = std::get_if<StateResponse>(&response)) {
        switch (state->code.kind) {
        case ResponseCode::Kind::UidValidity:
            m_info.uidValidity = quint32(state->code.number);
            break;
        case ResponseCode::Kind::UidNext:
            m_info.uidNext = quint32(state->code.number);
            break;
        case ResponseCode::Kind::HighestModSeq:
            m_info.highestModSeq = state->code.number;
            break;
        case ResponseCode::Kind::PermanentFlags:
            m_info.permanentFlags = state->code.list;
            break;
        default:
            break;
        }
    }
}

void SelectTask::onTaggedOk(const StateResponse &response)
{
    m_info.readOnly = m_readOnly || response.code.kind == ResponseCode::Kind::ReadOnly;
    session().setSelected();
    succeed();
}

Error SelectTask::errorForRejection(const StateResponse &response) const
{
    // A failed SELECT leaves no mailbox selected (RFC 3501 6.3.1).
    if (session().state() == ImapSession::State::Selected)
        session().setState(ImapSession::State::Authenticated);
    return Error(Error::Kind::ServerNo,
        QStringLiteral("The mailbox \"%1\" could not be opened: %2. Check the folder name.")
            .arg(m_info.name, serverText(response)),
        QString::fromUtf8(response.text));
}

} // namespace soar::imap
