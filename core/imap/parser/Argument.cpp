#include "imap/parser/Argument.h"

#include "imap/parser/MailboxName.h"

#include <algorithm>

namespace soar::imap {

Argument Argument::keyword(const QByteArray &syntax)
{
    return Argument(Kind::Keyword, syntax);
}

Argument Argument::secretKeyword(const QByteArray &syntax)
{
    Argument out(Kind::Keyword, syntax);
    out.m_secret = true;
    return out;
}

Argument Argument::text(const QString &userText)
{
    return Argument(Kind::Text, userText.toUtf8());
}

Argument Argument::mailbox(const QString &name)
{
    return Argument(Kind::Text, MailboxName::encode(name));
}

Argument Argument::secret(const QString &userText)
{
    Argument out(Kind::Text, userText.toUtf8());
    out.m_secret = true;
    return out;
}

Argument Argument::sequenceSet(QList<quint32> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QByteArray out;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids.at(j + 1) == ids.at(j) + 1)
            ++j;
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(ids.at(i));
        if (j > i)
            out += ':' + QByteArray::number(ids.at(j));
        i = j + 1;
    }
    return Argument(Kind::SequenceSet, out);
}

Argument Argument::list(const QList<Argument> &items)
{
    Argument out(Kind::List, {});
    out.m_items = items;
    return out;
}

bool Argument::needsUtf8() const
{
    if (m_kind == Kind::Text)
        return std::any_of(m_bytes.begin(), m_bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    return std::any_of(m_items.begin(), m_items.end(), [](const Argument &a) { return a.needsUtf8(); });
}

} // namespace soar::imap
