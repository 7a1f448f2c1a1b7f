#include "imap/tasks/UidStoreTask.h"

#include "imap/parser/CommandEncoder.h"

namespace soar::imap {

using common::Error;

UidStoreTask::UidStoreTask(QList<quint32> uids, Mode mode, QByteArrayList flags, QObject *parent)
    : Task(parent), m_uids(std::move(uids)), m_mode(mode), m_flags(std::move(flags))
{ }

bool UidStoreTask::isValidFlag(const QByteArray &flag)
{
    const QByteArray atom = flag.startsWith('\\') ? flag.mid(1) : flag;
    return CommandEncoder::formFor(atom) == CommandEncoder::Form::Atom;
}

void UidStoreTask::run()
{
    if (m_uids.isEmpty()) {
        succeed();
        return;
    }
    QList<Argument> flags;
    for (const QByteArray &flag : m_flags) {
        if (!isValidFlag(flag)) {
            fail(Error(Error::Kind::Config,
                QStringLiteral("\"%1\" is not a valid IMAP flag or keyword (letters, digits and $ only, no spaces).")
                    .arg(QString::fromUtf8(flag))));
            return;
        }
        flags.append(Argument::keyword(flag));
    }
    const QByteArray item = m_mode == Mode::Add ? "+FLAGS.SILENT" : m_mode == Mode::Remove ? "-FLAGS.SILENT" : "FLAGS.SILENT";
    send("UID STORE", {Argument::sequenceSet(m_uids), Argument::keyword(item), Argument::list(flags)});
}

} // namespace soar::imap
