#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace soar::imap {

// One argument of an IMAP command, as a value. Protocol keywords are written as given; user
// text is only ever turned into bytes by CommandEncoder, which picks atom, quoted string or
// literal from its content. A SEARCH key is a list of these, e.g.
//   {keyword("FROM"), text(u"o'brien@example.com"), keyword("NOT"), list({keyword("SEEN")})}.
class Argument {
public:
    enum class Kind {
        Keyword, // protocol syntax we wrote ourselves: UID, FLAGS, \Seen, BODY.PEEK[]
        Text, // user text (UTF-8): atom, quoted or literal by content
        SequenceSet,
        List, // "(" arguments ")"
    };

    static Argument keyword(const QByteArray &syntax);
    // Protocol-safe bytes that are a secret (a SASL initial response): written as is, logged
    // as <redacted>.
    static Argument secretKeyword(const QByteArray &syntax);
    static Argument text(const QString &userText);
    // A mailbox name, encoded to modified UTF-7 first.
    static Argument mailbox(const QString &name);
    // User text that must not appear in any log (passwords, tokens).
    static Argument secret(const QString &userText);
    // "1:3,7,9:*"-style set from a list of ids (sorted and compressed).
    static Argument sequenceSet(QList<quint32> ids);
    static Argument list(const QList<Argument> &items);

    Kind kind() const { return m_kind; }
    const QByteArray &bytes() const { return m_bytes; }
    const QList<Argument> &items() const { return m_items; }
    bool isSecret() const { return m_secret; }
    // True when this argument (or one nested in it) holds non-ASCII user text.
    bool needsUtf8() const;

    bool operator==(const Argument &o) const
    {
        return m_kind == o.m_kind && m_bytes == o.m_bytes && m_items == o.m_items && m_secret == o.m_secret;
    }

private:
    Argument(Kind kind, QByteArray bytes) : m_kind(kind), m_bytes(std::move(bytes)) { }

    Kind m_kind;
    QByteArray m_bytes;
    QList<Argument> m_items;
    bool m_secret = false;
};

} // namespace soar::imap
